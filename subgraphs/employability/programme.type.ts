import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'An employability programme in the catalogue, run by a provider for a period.' })
export class Programme {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Short code the providers report under.' })
  code: string;

  @Field()
  name: string;

  @Field({ description: 'The organisation (or partnership) that runs it.' })
  provider: string;

  @Field({ description: 'Who it is for and how it works.' })
  description: string;

  @Field()
  startsOn: string;

  @Field(() => String, { nullable: true, description: 'Null while the programme is funded open-ended.' })
  endsOn: string | null;
}
