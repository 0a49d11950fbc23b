import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';

export enum MatchingDetail {
  GIVEN_NAME = 'GIVEN_NAME',
  FAMILY_NAME = 'FAMILY_NAME',
  DATE_OF_BIRTH = 'DATE_OF_BIRTH',
  POSTCODE = 'POSTCODE',
  NATIONAL_INSURANCE_NUMBER = 'NATIONAL_INSURANCE_NUMBER',
}
registerEnumType(MatchingDetail, { name: 'MatchingDetail' });

/** How one detail typed in compares with the one on record: the levels of subgraphs/people/matching-weights.ts. */
export enum MatchAgreement {
  SAME = 'SAME',
  NICKNAME = 'NICKNAME',
  PREVIOUS_NAME = 'PREVIOUS_NAME',
  CLOSE_SPELLING = 'CLOSE_SPELLING',
  SOUNDS_ALIKE = 'SOUNDS_ALIKE',
  DAY_AND_MONTH_SWAPPED = 'DAY_AND_MONTH_SWAPPED',
  DIGIT_SLIP = 'DIGIT_SLIP',
  SAME_SECTOR = 'SAME_SECTOR',
  SAME_DISTRICT = 'SAME_DISTRICT',
  ONE_CHARACTER_DIFFERENT = 'ONE_CHARACTER_DIFFERENT',
  DIFFERENT = 'DIFFERENT',
  NOT_ON_RECORD = 'NOT_ON_RECORD',
  NOT_THE_SAME = 'NOT_THE_SAME',
}
registerEnumType(MatchAgreement, {
  name: 'MatchAgreement',
  description:
    'SAME, or how close: NICKNAME (Maggie for Margaret), PREVIOUS_NAME, CLOSE_SPELLING (a letter dropped or swapped), SOUNDS_ALIKE, DAY_AND_MONTH_SWAPPED, DIGIT_SLIP (one digit wrong, or two neighbours swapped), SAME_SECTOR / SAME_DISTRICT (postcode), ONE_CHARACTER_DIFFERENT (NI number); DIFFERENT; NOT_ON_RECORD. NOT_THE_SAME is all a caller who may not see who the candidate is learns of a detail that is not the SAME.',
});

@ObjectType({
  description:
    "One detail typed in, compared with a possible match's: evidence for (a positive weight) or against (negative). Details the registration did not give are not compared.",
})
export class MatchEvidence {
  @Field(() => MatchingDetail)
  detail: MatchingDetail;

  @Field(() => MatchAgreement)
  agreement: MatchAgreement;

  @Field(() => Float, {
    nullable: true,
    description:
      'The log2 Bayes factor this agreement adds (matching-weights.ts): +10 makes the match about 1,000 times likelier, -5 about 32 times less likely. Null for a caller who may not see who the candidate is.',
  })
  weight: number | null;
}
