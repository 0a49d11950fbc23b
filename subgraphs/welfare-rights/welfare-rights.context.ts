import type { SubgraphContext } from '../kit/context';
import type { WelfareRightsDb } from './database';
import type { WelfareRightsLoaders } from './welfare-rights.loaders';

export type WelfareRightsContext = SubgraphContext<WelfareRightsDb, WelfareRightsLoaders>;
