import { and, or } from 'graphql-shield';
import { dataProtectionOfficerOnly, owningAgencyStaff, staffOnly } from '../kit/access-rules';
import { personStubReference } from '../kit/person-stub';
import { PersonStub } from './person.stub';
import type { SubgraphDefinition } from '../kit/subgraph-definition';
import { agencyWorksWithThePerson, type PersonOfWrite } from '../kit/link-required';
import { ActionPlanGoalResolver } from './action-plan-goal.resolver';
import { ActionPlanMutations } from './action-plan.mutations';
import { openEmployabilityDatabase, type EmployabilityDb } from './database';
import { createEmployabilityLoaders, type EmployabilityLoaders } from './employability.loaders';
import { EmployabilityMutations } from './employability.mutations';
import { EmployabilityRecordResolver } from './employability-record.resolver';
import { PersonEmployabilityResolver } from './person-employability.resolver';
import { ProgrammeEnrolmentResolver } from './programme-enrolment.resolver';
import { ProgrammeOutcomesResolver } from './programme-outcomes.resolver';
import { ProgrammesResolver } from './programmes.resolver';

/** The person of each write that names one of this subgraph's records rather than a person. */
const personOfRecord: Record<string, PersonOfWrite> = {
  updateActionPlanGoal: async ({ input }, { db }) => (await db.actionPlanGoal.findUnique({ where: { id: input.goalId } }))?.personId,
  addActionPlanStep: async ({ input }, { db }) => (await db.actionPlanGoal.findUnique({ where: { id: input.goalId } }))?.personId,
  updateActionPlanStep: async ({ input }, { db }) =>
    (await db.actionPlanStep.findUnique({ where: { id: input.stepId }, include: { goal: true } }))?.goal.personId,
  leaveProgramme: async ({ input }, { db }) => (await db.programmeEnrolment.findUnique({ where: { id: input.enrolmentId } }))?.personId,
};

/** Employability providers: programmes, keyworkers and navigators, action plans, activities, job and other outcomes. */
export const employability: SubgraphDefinition<EmployabilityDb, EmployabilityLoaders> = {
  name: 'employability',
  resolvers: [
    PersonEmployabilityResolver,
    EmployabilityRecordResolver,
    ProgrammeEnrolmentResolver,
    ActionPlanGoalResolver,
    ProgrammesResolver,
    ProgrammeOutcomesResolver,
    EmployabilityMutations,
    ActionPlanMutations,
  ],
  orphanedTypes: [PersonStub],
  referenceResolvers: { Person: personStubReference },
  openDatabase: openEmployabilityDatabase,
  createLoaders: createEmployabilityLoaders,
  rootRules: {
    Query: {
      // The catalogue holds no personal data: the DPO's console lists it to choose a report.
      programmes: or(staffOnly, dataProtectionOfficerOnly),
      programme: or(staffOnly, dataProtectionOfficerOnly),
      // Suppressed aggregates, no personal data: the DPO may check what such reports disclose.
      programmeOutcomes: or(staffOnly, dataProtectionOfficerOnly),
    },
    // Every write: staff of the owning agency, for a person the agency works with (an open link).
    Mutation: { '*': and(owningAgencyStaff, agencyWorksWithThePerson(personOfRecord)) },
  },
};
