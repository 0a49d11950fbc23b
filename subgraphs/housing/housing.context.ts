import type { SubgraphContext } from '../kit/context';
import type { HousingDb } from './database';
import type { HousingLoaders } from './housing.loaders';

export type HousingContext = SubgraphContext<HousingDb, HousingLoaders>;
