import type { SubgraphContext } from '../kit/context';
import type { DrugAlcoholServiceDb } from './database';
import type { DrugAlcoholServiceLoaders } from './drug-alcohol-service.loaders';

export type DrugAlcoholServiceContext = SubgraphContext<DrugAlcoholServiceDb, DrugAlcoholServiceLoaders>;
