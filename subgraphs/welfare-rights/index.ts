import { and } from 'graphql-shield';
import { owningAgencyStaff } from '../kit/access-rules';
import { personStubReference } from '../kit/person-stub';
import { PersonStub } from './person.stub';
import type { SubgraphDefinition } from '../kit/subgraph-definition';
import { agencyWorksWithThePerson, type PersonOfWrite } from '../kit/link-required';
import { openWelfareRightsDatabase, type WelfareRightsDb } from './database';
import { PersonWelfareResolver } from './person-welfare.resolver';
import { WelfareRecordResolver } from './welfare-record.resolver';
import { createWelfareRightsLoaders, type WelfareRightsLoaders } from './welfare-rights.loaders';
import { WelfareRightsMutations } from './welfare-rights.mutations';
import { BetterOffCalculationResolver } from './better-off-calculation.resolver';
import { BetterOffMutations } from './better-off.mutations';

/** The person of each write that names one of this subgraph's records rather than a person. */
const personOfRecord: Record<string, PersonOfWrite> = {
  endBenefitAward: async ({ input }, { db }) => (await db.benefitAward.findUnique({ where: { id: input.awardId } }))?.personId,
  updateDebtStatus: async ({ input }, { db }) => (await db.debt.findUnique({ where: { id: input.debtId } }))?.personId,
};

/** The welfare-rights adviser: household and housing, benefit awards, debts, financial-inclusion support, better-off calculations. */
export const welfareRights: SubgraphDefinition<WelfareRightsDb, WelfareRightsLoaders> = {
  name: 'welfare-rights',
  resolvers: [PersonWelfareResolver, WelfareRecordResolver, WelfareRightsMutations, BetterOffCalculationResolver, BetterOffMutations],
  orphanedTypes: [PersonStub],
  referenceResolvers: { Person: personStubReference },
  openDatabase: openWelfareRightsDatabase,
  createLoaders: createWelfareRightsLoaders,
  rootRules: {
    // Every write: staff of the owning agency, for a person the agency works with (an open link).
    Mutation: { '*': and(owningAgencyStaff, agencyWorksWithThePerson(personOfRecord)) },
  },
};
