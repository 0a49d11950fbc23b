import { Field, ID, ObjectType } from 'type-graphql';
import { Guarded, NoPersonalData } from '../kit/consent-decorators';
import { RecoveryMilestoneKind } from './drug-alcohol-service.enums';

@Guarded('drugs-alcohol')
@ObjectType()
export class RecoveryMilestone {
  @NoPersonalData()
  @Field(() => ID)
  id: string;

  @NoPersonalData()
  @Field(() => ID)
  personId: string;

  @Field(() => RecoveryMilestoneKind)
  kind: RecoveryMilestoneKind;

  @Field()
  achievedOn: string;

  @Field(() => String, { nullable: true, description: 'In the words the person chose.' })
  note: string | null;

  @Field({ description: 'Staff id of whoever recorded it.' })
  recordedBy: string;
}
