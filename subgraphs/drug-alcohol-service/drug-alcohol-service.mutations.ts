import { GraphQLError } from 'graphql';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { DrugAlcoholServiceContext } from './drug-alcohol-service.context';
import { TreatmentRecord } from './drug-alcohol-service-record.type';
import { RecoveryMilestoneInput, SubstitutePrescriptionInput, TreatmentStatusInput } from './drug-alcohol-service.inputs';
import { RecoveryMilestone } from './recovery-milestone.type';
import { SubstitutePrescription } from './substitute-prescription.type';

/** A prescription or milestone needs the person's treatment record: the key worker and substance come first. */
const noRecordYet = () =>
  new GraphQLError('Record the treatment status (recordTreatmentStatus) before prescriptions or milestones.', {
    extensions: { code: 'BAD_USER_INPUT', field: 'personId' },
  });

@Resolver()
export class TreatmentMutations {
  @Mutation(() => TreatmentRecord, { description: 'Records whether the person is in treatment, for what, and their key worker.' })
  recordTreatmentStatus(@Arg('input') input: TreatmentStatusInput, @Ctx() { db, caller }: DrugAlcoholServiceContext) {
    if (input.inTreatment && !input.treatmentStartedOn) {
      throw new GraphQLError('treatmentStartedOn is needed while the person is in treatment.', { extensions: { code: 'BAD_USER_INPUT', field: 'treatmentStartedOn' } });
    }
    const fields = {
      inTreatment: input.inTreatment,
      treatmentStartedOn: input.treatmentStartedOn ?? null,
      primarySubstance: input.primarySubstance,
      keyWorker: input.keyWorker,
      updatedBy: caller.subject,
    };
    const today = new Date().toISOString().slice(0, 10);
    return db.treatmentRecord.upsert({
      where: { personId: input.personId },
      create: { personId: input.personId, openedOn: input.treatmentStartedOn ?? today, ...fields },
      update: fields,
    });
  }

  @Mutation(() => SubstitutePrescription, { description: 'Starts a substitute prescription; any current one ends the day before.' })
  async startSubstitutePrescription(@Arg('input') input: SubstitutePrescriptionInput, @Ctx() { db, caller }: DrugAlcoholServiceContext) {
    return db.$transaction(async (tx) => {
      if (!(await tx.treatmentRecord.findUnique({ where: { personId: input.personId } }))) throw noRecordYet();
      const dayBefore = new Date(Date.parse(`${input.startedOn}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
      await tx.substitutePrescription.updateMany({ where: { personId: input.personId, endedOn: null }, data: { endedOn: dayBefore } });
      return tx.substitutePrescription.create({ data: { ...input, recordedBy: caller.subject } });
    });
  }

  @Mutation(() => RecoveryMilestone)
  async recordRecoveryMilestone(@Arg('input') input: RecoveryMilestoneInput, @Ctx() { db, caller }: DrugAlcoholServiceContext) {
    return db.$transaction(async (tx) => {
      if (!(await tx.treatmentRecord.findUnique({ where: { personId: input.personId } }))) throw noRecordYet();
      return tx.recoveryMilestone.create({ data: { ...input, note: input.note ?? null, recordedBy: caller.subject } });
    });
  }
}
