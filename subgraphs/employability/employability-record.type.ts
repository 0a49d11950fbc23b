import { Field, ID, ObjectType } from 'type-graphql';
import { Guarded, NoPersonalData } from '../kit/consent-decorators';

@Guarded('action-plan')
@ObjectType({ description: "The employability providers' record of a person." })
export class EmployabilityRecord {
  @NoPersonalData()
  @Field(() => ID)
  personId: string;

  @Field(() => String, {
    nullable: true,
    description: "Staff id of the person's lead keyworker or navigator: the keyworker of the first programme joined.",
  })
  keyworker: string | null;

  @NoPersonalData()
  @Field()
  updatedAt: Date;
}
