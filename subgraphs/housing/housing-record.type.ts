import { Field, ID, ObjectType } from 'type-graphql';
import { Guarded, NoPersonalData } from '../kit/consent-decorators';
import { AccommodationStatus } from './housing.enums';

@Guarded('housing')
@ObjectType({ description: 'Housing options and support: its record of a person.' })
export class HousingRecord {
  @NoPersonalData()
  @Field(() => ID)
  personId: string;

  @Field(() => AccommodationStatus)
  accommodationStatus: AccommodationStatus;

  @Field({ description: 'ISO date the status began.' })
  statusSince: string;

  @Field({ description: 'ISO date the agency opened the record.' })
  openedOn: string;

  @Field({ description: 'Staff id of whoever last changed the record.' })
  updatedBy: string;

  @NoPersonalData()
  @Field()
  updatedAt: Date;
}
