import { Field, ID, ObjectType } from 'type-graphql';
import { Guarded, NoPersonalData } from '../kit/consent-decorators';

@Guarded('housing')
@ObjectType({ description: 'One thing that happened in the work of Housing options and support with the person.' })
export class HousingEntry {
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
