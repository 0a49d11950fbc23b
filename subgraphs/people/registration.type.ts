import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Person } from './person.type';

export enum RegistrationMatch {
  NATIONAL_INSURANCE_NUMBER = 'NATIONAL_INSURANCE_NUMBER',
  NAME_DATE_OF_BIRTH_POSTCODE = 'NAME_DATE_OF_BIRTH_POSTCODE',
}
registerEnumType(RegistrationMatch, {
  name: 'RegistrationMatch',
  description: 'Why registration recognised someone already known.',
});

@ObjectType({ description: 'The person registered, or the person already known who matched.' })
export class RegistrationResult {
  @Field(() => Person)
  person: Person;

  @Field({ description: 'True when the person was already known: nothing new was created.' })
  matched: boolean;

  @Field(() => RegistrationMatch, { nullable: true })
  matchedOn: RegistrationMatch | null;
}
