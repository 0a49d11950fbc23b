import { Field, ID, ObjectType } from 'type-graphql';
import { CourseStatus } from './careers.enums';
import { Guarded, NoPersonalData } from '../kit/consent-decorators';

@Guarded('education')
@ObjectType()
export class Course {
  @NoPersonalData()
  @Field(() => ID)
  id: string;

  @NoPersonalData()
  @Field(() => ID)
  personId: string;

  @Field()
  title: string;

  @Field()
  provider: string;

  @Field()
  startedOn: string;

  @Field(() => String, { nullable: true })
  completedOn: string | null;

  @Field(() => CourseStatus)
  status: CourseStatus;
}
