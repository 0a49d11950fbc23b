import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Guarded, NoPersonalData } from '../kit/consent-decorators';

/** The person at the centre of the hub: identity as the people subgraph records it. */
@Directive('@key(fields: "id")')
@Guarded('identity')
@ObjectType({ description: 'A person supported by one or more agencies. Each agency adds its own records under its own field.' })
export class Person {
  @NoPersonalData()
  @Field(() => ID)
  id: string;

  @Field()
  givenName: string;

  @Field()
  familyName: string;

  @Field(() => String, { nullable: true, description: 'The name the person asks to be called.' })
  preferredName: string | null;

  @Field(() => String, { nullable: true, description: 'A family name the person was known by before (a birth name).' })
  previousFamilyName: string | null;

  @Field({ description: 'ISO date, YYYY-MM-DD.' })
  dateOfBirth: string;

  @Field(() => String, { nullable: true })
  nationalInsuranceNumber: string | null;

  @Guarded('contact')
  @Field(() => String, { nullable: true })
  postcode: string | null;

  @Guarded('contact')
  @Field(() => String, { nullable: true })
  phone: string | null;

  @Guarded('contact')
  @Field(() => String, { nullable: true })
  email: string | null;

  @Field({ description: 'When the hub first registered the person: part of their identity record, and guarded with it.' })
  createdAt: Date;
}
