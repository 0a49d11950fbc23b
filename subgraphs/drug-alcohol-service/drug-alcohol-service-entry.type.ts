import { Field, ID, ObjectType } from 'type-graphql';
import { Guarded, NoPersonalData } from '../kit/consent-decorators';

@Guarded('drugs-alcohol')
@ObjectType({ description: 'One thing that happened in the work of Drug and alcohol recovery service with the person.' })
export class TreatmentEntry {
  @NoPersonalData()
  @Field(() => ID)
  id: string;

  @NoPersonalData()
  @Field(() => ID)
  personId: string;

  @Field({ description: 'ISO date it happened.' })
  happenedOn: string;

  @Field()
  summary: string;

  @Field({ description: 'Staff id of whoever recorded it.' })
  recordedBy: string;
}
