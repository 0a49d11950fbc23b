import { owningAgencyStaff } from '../kit/access-rules';
import { personStubReference } from '../kit/person-stub';
import { PersonStub } from './person.stub';
import type { SubgraphDefinition } from '../kit/subgraph-definition';
import { openWelfareRightsDatabase, type WelfareRightsDb } from './database';
import { PersonWelfareResolver } from './person-welfare.resolver';
import { WelfareRecordResolver } from './welfare-record.resolver';
import { createWelfareRightsLoaders, type WelfareRightsLoaders } from './welfare-rights.loaders';
import { WelfareRightsMutations } from './welfare-rights.mutations';
import { BetterOffCalculationResolver } from './better-off-calculation.resolver';
import { BetterOffMutations } from './better-off.mutations';

/** The welfare-rights adviser: household and housing, benefit awards, debts, financial-inclusion support, better-off calculations. */
export const welfareRights: SubgraphDefinition<WelfareRightsDb, WelfareRightsLoaders> = {
  name: 'welfare-rights',
  resolvers: [PersonWelfareResolver, WelfareRecordResolver, WelfareRightsMutations, BetterOffCalculationResolver, BetterOffMutations],
  orphanedTypes: [PersonStub],
  referenceResolvers: { Person: personStubReference },
  openDatabase: openWelfareRightsDatabase,
  createLoaders: createWelfareRightsLoaders,
  rootRules: {
    Mutation: { '*': owningAgencyStaff },
  },
};
