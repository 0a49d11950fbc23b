import type { SubgraphContext } from '../kit/context';
import type { ConsentDb } from './database';
import type { ConsentLoaders } from './consent.loaders';

export type ConsentContext = SubgraphContext<ConsentDb, ConsentLoaders>;
