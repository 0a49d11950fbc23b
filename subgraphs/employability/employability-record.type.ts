import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: "The employability providers' record of a person." })
export class EmployabilityRecord {
  @Field(() => ID)
  personId: string;

  @Field(() => String, {
    nullable: true,
    description: "Staff id of the person's lead keyworker or navigator: the keyworker of the first programme joined.",
  })
  keyworker: string | null;

  @Field()
  updatedAt: Date;
}
