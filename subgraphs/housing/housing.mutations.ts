import { GraphQLError } from 'graphql';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { HousingDb } from './database';
import type { HousingContext } from './housing.context';
import { AccommodationStatus, HomelessnessDecision, HousingSupport } from './housing.enums';
import { AccommodationStatusInput, HomelessnessApplicationInput, TenancyInput } from './housing.inputs';
import { HomelessnessApplication } from './homelessness-application.type';
import { HousingRecord } from './housing-record.type';
import { Tenancy } from './tenancy.type';

type Transaction = Parameters<Parameters<HousingDb['$transaction']>[0]>[0];

/** A tenancy or application recorded before any status opens the record as at risk from that day. */
const openRecord = (tx: Transaction, personId: string, on: string, staff: string) =>
  tx.housingRecord.upsert({
    where: { personId },
    create: { personId, accommodationStatus: AccommodationStatus.AT_RISK, statusSince: on, openedOn: on, updatedBy: staff },
    update: {},
  });

const invalid = (field: string, message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });

@Resolver()
export class HousingMutations {
  @Mutation(() => HousingRecord, { description: 'Records where the person sleeps now, opening the record if there is none.' })
  recordAccommodationStatus(@Arg('input') input: AccommodationStatusInput, @Ctx() { db, caller }: HousingContext) {
    const fields = { accommodationStatus: input.accommodationStatus, statusSince: input.statusSince, updatedBy: caller.subject };
    return db.housingRecord.upsert({
      where: { personId: input.personId },
      create: { personId: input.personId, openedOn: input.statusSince, ...fields },
      update: fields,
    });
  }

  @Mutation(() => Tenancy, { description: 'Records a tenancy or licence, with any floating support that comes with it.' })
  recordTenancy(@Arg('input') input: TenancyInput, @Ctx() { db, caller }: HousingContext) {
    if (input.support === HousingSupport.NONE && input.supportWorker) throw invalid('supportWorker', 'supportWorker needs support other than NONE.');
    return db.$transaction(async (tx) => {
      await openRecord(tx, input.personId, input.startedOn, caller.subject);
      return tx.tenancy.create({ data: { ...input, supportWorker: input.supportWorker ?? null, recordedBy: caller.subject } });
    });
  }

  @Mutation(() => HomelessnessApplication, { description: 'Records a homelessness application and the duty owed; a decision other than PENDING needs decidedOn.' })
  recordHomelessnessApplication(@Arg('input') input: HomelessnessApplicationInput, @Ctx() { db, caller }: HousingContext) {
    if ((input.decision === HomelessnessDecision.PENDING) !== !input.decidedOn) {
      throw invalid('decidedOn', 'decidedOn is given exactly when the decision is not PENDING.');
    }
    return db.$transaction(async (tx) => {
      await openRecord(tx, input.personId, input.appliedOn, caller.subject);
      return tx.homelessnessApplication.create({ data: { ...input, decidedOn: input.decidedOn ?? null, officer: caller.subject } });
    });
  }
}
