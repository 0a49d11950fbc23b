import { Field, ID, ObjectType } from 'type-graphql';
import { EmployabilityActivityKind } from './employability.enums';

@ObjectType({ description: 'A session or course the person attended.' })
export class EmployabilityActivity {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  personId: string;

  @Field(() => EmployabilityActivityKind)
  kind: EmployabilityActivityKind;

  @Field()
  title: string;

  @Field()
  attendedOn: string;
}
