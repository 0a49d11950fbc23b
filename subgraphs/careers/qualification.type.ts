import { Field, ID, ObjectType } from 'type-graphql';
import { QualificationLevel } from './careers.enums';
import { Guarded, NoPersonalData } from '../kit/consent-decorators';

@Guarded('education')
@ObjectType()
export class Qualification {
  @NoPersonalData()
  @Field(() => ID)
  id: string;

  @NoPersonalData()
  @Field(() => ID)
  personId: string;

  @Field()
  title: string;

  @Field(() => QualificationLevel)
  level: QualificationLevel;

  @Field({ description: 'False for non-accredited learning (a confidence course, a first-aid certificate).' })
  accredited: boolean;

  @Field(() => String, { nullable: true })
  awardingBody: string | null;

  @Field(() => String, { nullable: true })
  achievedOn: string | null;
}
