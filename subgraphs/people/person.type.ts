import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The person at the centre of the hub: identity as the people subgraph records it. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A person supported by one or more agencies. Each agency adds its own records under its own field.' })
export class Person {
  @Field(() => ID)
  id: string;

  @Field()
  givenName: string;

  @Field()
  familyName: string;

  @Field(() => String, { nullable: true, description: 'The name the person asks to be called.' })
  preferredName: string | null;

  @Field({ description: 'ISO date, YYYY-MM-DD.' })
  dateOfBirth: string;

  @Field(() => String, { nullable: true })
  nationalInsuranceNumber: string | null;

  @Field(() => String, { nullable: true })
  postcode: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field()
  createdAt: Date;
}
