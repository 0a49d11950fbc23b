import { Field, ID, ObjectType } from 'type-graphql';
import { Guarded, NoPersonalData } from '../kit/consent-decorators';

@Guarded('drugs-alcohol')
@ObjectType({ description: 'Drug and alcohol recovery service: its record of a person.' })
export class TreatmentRecord {
  @NoPersonalData()
  @Field(() => ID)
  personId: string;

  @Field({ description: 'ISO date the agency opened the record.' })
  openedOn: string;

  @Field({ description: 'Staff id of whoever last changed the record.' })
  updatedBy: string;

  @NoPersonalData()
  @Field()
  updatedAt: Date;
}
