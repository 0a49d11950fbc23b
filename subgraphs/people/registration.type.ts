import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { MatchEvidence, MatchingDetail } from './match-evidence.type';
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
  description:
    'Why registration recognised someone already known: a score above the high threshold with the NI number agreeing, or without it (names, date of birth and postcode); or the person said so.',
});

@ObjectType({
  description:
    'Someone who may be the person being registered, with the evidence for and against. A caller who may not see who they are learns only which details typed in are the same: what else the hub holds about them is shown by consent, through `person`, like anywhere else.',
})
export class PossibleMatch {
  @Field(() => Person)
  person: Person;

  @Field(() => [MatchingDetail], { description: 'The details typed in that are the same as theirs.' })
  agreesOn: MatchingDetail[];

  @Field(() => [MatchingDetail], { description: 'The details typed in that are not the same (close, or different).' })
  differsOn: MatchingDetail[];

  @Field(() => [MatchEvidence], { description: 'Each detail typed in, compared: how close, and its weight for or against.' })
  evidence: MatchEvidence[];

  @Field({
    description:
      'False when only the NI number typed in agrees: the person cannot confirm this one (check the number with them, or register without it), and a new person cannot be given a number someone holds.',
  })
  confirmable: boolean;

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
