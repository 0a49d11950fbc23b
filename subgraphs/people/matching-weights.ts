import { MatchAgreement as A, MatchingDetail as D } from './match-evidence.type';

/**
 * The weights of scored matching, set and justified here: the one place to change them.
 *
 * Fellegi and Sunter ("A Theory for Record Linkage", JASA 64:328, 1969), as Splink (UK Ministry of
 * Justice) applies it: for each detail, each level of agreement has
 *   m = P(this level | the two records are the same person)
 *   u = P(this level | they are two different people)
 * and adds log2(m / u) to the match weight: the log2 Bayes factor, positive for evidence for, negative
 * for evidence against. Details either side did not give add 0. The weights of the details are added
 * as if independent (the model's usual simplification).
 *
 * The m values are set from how registrations go wrong (a letter dropped or doubled, a day and month
 * swapped, a house move, a married name), the u values from how common a value is among different
 * people: order-of-magnitude figures, stated with each level. They are checked, not proven, by
 * `npm run bench -- --only matching` on a synthetic register with known truth (BENCHMARKS.md); once
 * the hub holds real registrations they should be estimated from them (Splink's EM on these levels).
 */
export interface Level {
  m: number;
  u: number;
  why: string;
}

export const LEVELS: Record<D, Partial<Record<A, Level>>> = {
  [D.GIVEN_NAME]: {
    // Two different people share a given name about 1 time in 100 (the sum of squared frequencies of
    // given names in England and Wales is of that order); the same person gives the same one 88 in 100.
    [A.SAME]: { m: 0.88, u: 0.01, why: 'same given name (or the preferred name on record)' },
    [A.NICKNAME]: { m: 0.04, u: 0.002, why: 'a listed nickname or diminutive: Maggie for Margaret, Tom for Tomasz (matching-data/)' },
    [A.CLOSE_SPELLING]: { m: 0.04, u: 0.002, why: 'Jaro-Winkler >= 0.92 on names of 4 letters or more: a letter dropped, doubled or swapped' },
    [A.SOUNDS_ALIKE]: { m: 0.02, u: 0.01, why: 'same double metaphone code, or Jaro-Winkler >= 0.88: Lea for Lee; common among different people too' },
    [A.DIFFERENT]: { m: 0.02, u: 0.978, why: 'a middle name used instead, or another person' },
  },
  [D.FAMILY_NAME]: {
    // Family names are more spread than given names: Smith, the commonest, is about 1.2% of Britons,
    // and two different people share one about 2 times in 1,000.
    [A.SAME]: { m: 0.85, u: 0.002, why: 'same family name' },
    [A.PREVIOUS_NAME]: { m: 0.04, u: 0.0005, why: 'the name typed is the previous family name on record, or the other way round' },
    [A.CLOSE_SPELLING]: { m: 0.05, u: 0.001, why: 'Jaro-Winkler >= 0.92 on names of 4 letters or more: Dupchekbope for Dupcheckbope' },
    [A.SOUNDS_ALIKE]: { m: 0.02, u: 0.004, why: 'same double metaphone code, or Jaro-Winkler >= 0.88' },
    // Marriage, divorce and double-barrelling change family names: 4% of true matches differ.
    [A.DIFFERENT]: { m: 0.04, u: 0.9925, why: 'a married or changed name, or another person' },
  },
  [D.DATE_OF_BIRTH]: {
    // A register's dates of birth spread over about 80 years: two different people share one about
    // 1 time in 29,000 (365.25 x 80), and twins and shared birthdays are what the names are for.
    [A.SAME]: { m: 0.93, u: 1 / 29_220, why: 'same date of birth' },
    [A.DAY_AND_MONTH_SWAPPED]: { m: 0.015, u: 1 / 29_220, why: 'day and month swapped (US order): 1987-11-02 for 1987-02-11' },
    // About 25 valid dates lie one digit (or one swap of neighbouring digits) away from a date.
    [A.DIGIT_SLIP]: { m: 0.03, u: 25 / 29_220, why: 'one digit wrong, or two neighbouring digits swapped' },
    [A.DIFFERENT]: { m: 0.025, u: 0.999, why: 'another date: rarely the same person' },
  },
  [D.POSTCODE]: {
    // A regional register spans a few tens of thousands of postcodes, but clients cluster (hostels,
    // supported housing, one estate): u is set ten times higher than an even spread would give.
    // People move, and the programmes' clients more than most: 35% of true matches have another postcode.
    [A.SAME]: { m: 0.65, u: 0.0005, why: 'same full postcode' },
    [A.SAME_SECTOR]: { m: 0.08, u: 0.005, why: 'same sector (NE6 2): a move nearby, or a mistyped last letter' },
    [A.SAME_DISTRICT]: { m: 0.07, u: 0.03, why: 'same district (NE6)' },
    [A.DIFFERENT]: { m: 0.2, u: 0.9645, why: 'a move, or another person' },
  },
  [D.NATIONAL_INSURANCE_NUMBER]: {
    // HMRC issues each number once, but a number can be mis-keyed onto someone else's record or
    // borrowed: u is that chance (set at 1 in 100,000), not the chance of two people being issued one.
    [A.SAME]: { m: 0.96, u: 0.00001, why: 'same NI number' },
    [A.ONE_CHARACTER_DIFFERENT]: { m: 0.02, u: 0.00005, why: 'one character wrong, or two neighbours swapped' },
    [A.DIFFERENT]: { m: 0.02, u: 0.99994, why: 'another number: a mistake, or another person' },
  },
};

export const weightOf = (detail: D, agreement: A): number => {
  const level = LEVELS[detail][agreement];
  return level ? Math.log2(level.m / level.u) : 0;
};

/**
 * The decision, on the sum of the weights. Before any evidence, the odds that one record of a
 * register of 100,000 is the person being registered are about 1 to 100,000 (2^-16.6).
 *
 * ALREADY_KNOWN needs 39: posterior odds of 2^22 (four million to one) even at that prior. Every
 * full agreement of names, date of birth and postcode (40.3) reaches it, as does the NI number with
 * the date of birth and both names (44 and more); a near-miss given name with all else agreeing (Lea for Lee,
 * 34.8) or a nickname (38.1) does not: they are asked about. The best candidate must also lead the
 * next by 10 (a thousand to one), or it is two records of one person, or twins, and the person is
 * asked which.
 */
export const ALREADY_KNOWN_AT = 39;
export const ALREADY_KNOWN_LEAD = 10;

/**
 * POSSIBLE_MATCHES from 12: a married name with an old postcode (14.3) is asked about; a relative
 * sharing the family name and postcode but not the given name or birthday (8.1) is not, nor is a
 * stranger sharing a birthday (4.5). Below it nothing is shown, except the holder of the NI number
 * typed in (a number already held is always a question, never a new person: see registration.ts).
 */
export const POSSIBLE_MATCH_AT = 12;
