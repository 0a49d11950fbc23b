import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Guarded } from '../kit/consent-decorators';
import type { DrugAlcoholServiceContext } from './drug-alcohol-service.context';
import { TreatmentRecord } from './drug-alcohol-service-record.type';
import { RecoveryMilestone } from './recovery-milestone.type';
import { SubstitutePrescription } from './substitute-prescription.type';

@Resolver(() => TreatmentRecord)
export class TreatmentRecordResolver {
  @Guarded('drugs-alcohol')
  @FieldResolver(() => [SubstitutePrescription], { description: 'Newest first.' })
  prescriptions(@Root() record: TreatmentRecord, @Ctx() { loaders }: DrugAlcoholServiceContext) {
    return loaders.prescriptionsByPerson.load(record.personId);
  }

  @Guarded('drugs-alcohol')
  @FieldResolver(() => [RecoveryMilestone], { description: 'Newest first.' })
  recoveryMilestones(@Root() record: TreatmentRecord, @Ctx() { loaders }: DrugAlcoholServiceContext) {
    return loaders.milestonesByPerson.load(record.personId);
  }
}
