import type { SubgraphContext } from '../kit/context';
import type { CareersDb } from './database';
import type { CareersLoaders } from './careers.loaders';

export type CareersContext = SubgraphContext<CareersDb, CareersLoaders>;
