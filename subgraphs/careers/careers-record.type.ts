import { Field, ID, ObjectType } from 'type-graphql';
import { EducationEmploymentStatus } from './careers.enums';
import { Guarded, NoPersonalData } from '../kit/consent-decorators';

@Guarded('education')
@ObjectType({ description: "The careers service's record of a person." })
export class CareersRecord {
  @NoPersonalData()
  @Field(() => ID)
  personId: string;

  @Field(() => EducationEmploymentStatus)
  status: EducationEmploymentStatus;

  @Field(() => String, { nullable: true, description: 'ISO date the status began.' })
  statusSince: string | null;

  @Field(() => String, { nullable: true, description: 'What the person wants to do, in their words.' })
  aspirations: string | null;

  @NoPersonalData()
  @Field()
  updatedAt: Date;
}
