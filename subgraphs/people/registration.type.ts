import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Person } from './person.type';

export enum RegistrationOutcome {
  REGISTERED = 'REGISTERED',
  ALREADY_KNOWN = 'ALREADY_KNOWN',
  POSSIBLE_MATCHES = 'POSSIBLE_MATCHES',
}
registerEnumType(RegistrationOutcome, {
  name: 'RegistrationOutcome',
  description:
    'REGISTERED: a new person. ALREADY_KNOWN: the person the hub knew, nothing new created. POSSIBLE_MATCHES: nothing written yet; ask the person whether one of the possible matches is them, then register again saying so.',
});

export enum RegistrationMatch {
  NATIONAL_INSURANCE_NUMBER = 'NATIONAL_INSURANCE_NUMBER',
  NAME_DATE_OF_BIRTH_POSTCODE = 'NAME_DATE_OF_BIRTH_POSTCODE',
  CONFIRMED_BY_THE_PERSON = 'CONFIRMED_BY_THE_PERSON',
}
registerEnumType(RegistrationMatch, {
  name: 'RegistrationMatch',
  description: 'Why registration recognised someone already known.',
});

export enum MatchingDetail {
  GIVEN_NAME = 'GIVEN_NAME',
  FAMILY_NAME = 'FAMILY_NAME',
  DATE_OF_BIRTH = 'DATE_OF_BIRTH',
  POSTCODE = 'POSTCODE',
}
registerEnumType(MatchingDetail, { name: 'MatchingDetail' });

@ObjectType({
  description:
    'Someone who may be the person being registered. It says only which of the details typed in agree: what else the hub holds about them is shown by consent, through `person`, like anywhere else.',
})
export class PossibleMatch {
  @Field(() => Person)
  person: Person;

  @Field(() => [MatchingDetail])
  agreesOn: MatchingDetail[];

  @Field(() => [MatchingDetail])
  differsOn: MatchingDetail[];

  @Field({ description: 'When they were first registered, YYYY-MM: to jog the person\'s memory.' })
  firstRegistered: string;
}

@ObjectType({ description: 'What registration did: a new person, the person already known, or possible matches to confirm.' })
export class RegistrationResult {
  @Field(() => RegistrationOutcome)
  outcome: RegistrationOutcome;

  @Field(() => Person, {
    nullable: true,
    description: 'The person registered or already known, showing what the registering agency may see by consent. Null while possible matches wait for confirmation.',
  })
  person: Person | null;

  @Field({ description: 'True when the person was already known: nothing new was created.' })
  matched: boolean;

  @Field(() => RegistrationMatch, { nullable: true })
  matchedOn: RegistrationMatch | null;

  @Field(() => [PossibleMatch])
  possibleMatches: PossibleMatch[];
}
