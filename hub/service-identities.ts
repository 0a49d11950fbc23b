import type { CallingService } from '../platform/service-credentials';
import { owningAgencyOf } from '../schema/agency-registry';
import type { SubgraphDefinition } from '../subgraphs/kit/subgraph-definition';

/** What a subgraph's credential says of it: its name, the agency owning its records, whether it holds shared records. */
export const subgraphIdentity = (definition: SubgraphDefinition): CallingService => ({
  name: definition.name,
  agency: owningAgencyOf(definition.name),
  holdsSharedRecords: Boolean(definition.sharedRecordTypes?.length),
});

export const GATEWAY_IDENTITY: CallingService = { name: 'gateway', agency: null, holdsSharedRecords: false };
