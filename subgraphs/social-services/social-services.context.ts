import type { SubgraphContext } from '../kit/context';
import type { SocialServicesDb } from './database';
import type { SocialServicesLoaders } from './social-services.loaders';

export type SocialServicesContext = SubgraphContext<SocialServicesDb, SocialServicesLoaders>;
