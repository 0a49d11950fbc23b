import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A careers guidance meeting.' })
export class GuidanceSession {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  personId: string;

  @Field()
  heldOn: string;

  @Field({ description: 'Staff id of the careers adviser.' })
  adviser: string;

  @Field()
  summary: string;

  @Field(() => String, { nullable: true })
  nextSteps: string | null;
}
