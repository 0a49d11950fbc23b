import type { SubgraphContext } from '../kit/context';
import type { PeopleDb } from './database';
import type { PeopleLoaders } from './people.loaders';

export type PeopleContext = SubgraphContext<PeopleDb, PeopleLoaders>;
