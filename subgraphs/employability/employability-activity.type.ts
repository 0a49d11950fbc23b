import { Field, ID, ObjectType } from 'type-graphql';
import { EmployabilityActivityKind } from './employability.enums';
import { Guarded, NoPersonalData } from '../kit/consent-decorators';

@Guarded('action-plan')
@ObjectType({ description: 'A session or course the person attended.' })
export class EmployabilityActivity {
  @NoPersonalData()
  @Field(() => ID)
  id: string;

  @NoPersonalData()
  @Field(() => ID)
  personId: string;

  @Field(() => EmployabilityActivityKind)
  kind: EmployabilityActivityKind;

  @Field()
  title: string;

  @Field()
  attendedOn: string;
}
