import { Field, ID, ObjectType } from 'type-graphql';
import { CourseStatus } from './careers.enums';

@ObjectType()
export class Course {
  @Field(() => ID)
  id: string;

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
