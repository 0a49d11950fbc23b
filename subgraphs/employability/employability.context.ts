import type { SubgraphContext } from '../kit/context';
import type { EmployabilityDb } from './database';
import type { EmployabilityLoaders } from './employability.loaders';

export type EmployabilityContext = SubgraphContext<EmployabilityDb, EmployabilityLoaders>;
