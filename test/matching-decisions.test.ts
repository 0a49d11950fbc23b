import { isDateOfBirth, isNationalInsuranceNumber } from '../subgraphs/people/identity-formats';
import { decide, scoreCandidate, type TypedDetails } from '../subgraphs/people/match-scoring';
import { matchingColumns } from '../subgraphs/people/matching-keys';
import type { Person } from '../prisma/people/client/client';

/** What the README says matching decides, for the cases it names: the scoring alone, without a hub. */
const onRecord = (details: Partial<Person> & { givenName: string; familyName: string; dateOfBirth: string }): Person =>
  ({
    id: `${details.givenName}-${details.familyName}`, preferredName: null, previousFamilyName: null, postcode: null, nationalInsuranceNumber: null,
    phone: null, email: null, createdAt: new Date(), updatedAt: new Date(), ...details, ...matchingColumns({ ...details, postcode: details.postcode ?? null }),
  }) as Person;
const typed = (details: Partial<TypedDetails> & { givenName: string; familyName: string; dateOfBirth: string }): TypedDetails => ({
  previousFamilyName: null, postcode: null, nationalInsuranceNumber: null, ...details,
  givenName: details.givenName.toLowerCase(), familyName: details.familyName.toLowerCase(),
});

const lee = onRecord({ givenName: 'Lee', familyName: 'Walsh', dateOfBirth: '1991-03-14', postcode: 'NE63 8QZ', nationalInsuranceNumber: 'JW735218C' });
const outcome = (details: Parameters<typeof typed>[0], people: Person[] = [lee]) => {
  const scored = people.map((person) => scoreCandidate(typed(details), person));
  const holder = people.find((person) => details.nationalInsuranceNumber && person.nationalInsuranceNumber === details.nationalInsuranceNumber);
  return decide(scored, holder?.id ?? null).outcome;
};

describe('how matching decides', () => {
  test('names, date of birth and postcode all the same: already known', () => {
    expect(outcome({ givenName: 'Lee', familyName: 'Walsh', dateOfBirth: '1991-03-14', postcode: 'NE638QZ' })).toBe('ALREADY_KNOWN');
  });
  test('the NI number with the date of birth and both names (a nickname counts): already known; with another given name: asked about', () => {
    expect(outcome({ givenName: 'Lee', familyName: 'Walsh', dateOfBirth: '1991-03-14', nationalInsuranceNumber: 'JW735218C' })).toBe('ALREADY_KNOWN');
    const darren = onRecord({ givenName: 'Darren', familyName: 'Whitlock', dateOfBirth: '1991-03-14', nationalInsuranceNumber: 'JT482913B' });
    expect(outcome({ givenName: 'Daz', familyName: 'Whitlock', dateOfBirth: '1991-03-14', nationalInsuranceNumber: 'JT482913B' }, [darren])).toBe('ALREADY_KNOWN');
    expect(outcome({ givenName: 'Leon', familyName: 'Walsh', dateOfBirth: '1991-03-14', nationalInsuranceNumber: 'JW735218C' })).toBe('POSSIBLE_MATCHES');
  });
  test('a near-miss given name, a nickname, a dropped letter, swapped day and month, a married name with an old postcode: asked about', () => {
    expect(outcome({ givenName: 'Lea', familyName: 'Walsh', dateOfBirth: '1991-03-14', postcode: 'NE638QZ' })).toBe('POSSIBLE_MATCHES');
    const maggie = onRecord({ givenName: 'Margaret', familyName: 'Doyle', dateOfBirth: '1973-01-30', postcode: 'NE29 6HF' });
    expect(outcome({ givenName: 'Maggie', familyName: 'Doyle', dateOfBirth: '1973-01-30', postcode: 'NE296HF' }, [maggie])).toBe('POSSIBLE_MATCHES');
    expect(outcome({ givenName: 'Lee', familyName: 'Wlsh', dateOfBirth: '1991-03-14' })).toBe('POSSIBLE_MATCHES');
    const swapped = onRecord({ givenName: 'Ann', familyName: 'Reed', dateOfBirth: '1987-02-11' });
    expect(outcome({ givenName: 'Ann', familyName: 'Reed', dateOfBirth: '1987-11-02' }, [swapped])).toBe('POSSIBLE_MATCHES');
    expect(outcome({ givenName: 'Lee', familyName: 'Carter', dateOfBirth: '1991-03-14', postcode: 'SR28PP' })).toBe('POSSIBLE_MATCHES');
  });
  test('the NI number alone, with another name and birth year: asked about, not known', () => {
    expect(outcome({ givenName: 'Marcus', familyName: 'Bell', dateOfBirth: '1950-07-30', nationalInsuranceNumber: 'JW735218C' })).toBe('POSSIBLE_MATCHES');
  });
  test('a relative at the same address, or a stranger sharing a birthday: someone new', () => {
    expect(outcome({ givenName: 'Kerry', familyName: 'Walsh', dateOfBirth: '1994-08-02', postcode: 'NE638QZ' })).toBe('NO_MATCH');
    expect(outcome({ givenName: 'Jamal', familyName: 'Khan', dateOfBirth: '1991-03-14' })).toBe('NO_MATCH');
  });
  test('twins: the one typed is known, the other scoring far enough behind', () => {
    const twin = onRecord({ givenName: 'Leah', familyName: 'Walsh', dateOfBirth: '1991-03-14', postcode: 'NE63 8QZ' });
    expect(outcome({ givenName: 'Lee', familyName: 'Walsh', dateOfBirth: '1991-03-14', postcode: 'NE638QZ', nationalInsuranceNumber: 'JW735218C' }, [lee, twin])).toBe('ALREADY_KNOWN');
  });
});

describe('identifiers as HMRC defines them', () => {
  test.each(['AB123456C', 'ab 12 34 56 c', 'JT482913B', 'OA123456D'])('%s is an NI number', (value) => expect(isNationalInsuranceNumber(value)).toBe(true));
  test.each(['GB990477A', 'AO516647C', 'BG123456A', 'NK123456A', 'TN123456A', 'ZZ123456A', 'DA123456A', 'AQ123456A', 'AB123456E', 'AB1234567', '11A11111'])(
    '%s is not',
    (value) => expect(isNationalInsuranceNumber(value)).toBe(false),
  );
  test('a date of birth is real, past, and within 120 years', () => {
    const today = new Date('2026-12-02T10:00:00Z');
    expect(isDateOfBirth('1990-02-28', today)).toBe(true);
    expect(isDateOfBirth('1906-12-02', today)).toBe(true);
    expect(isDateOfBirth('1906-12-01', today)).toBe(false);
    expect(isDateOfBirth('2026-12-02', today)).toBe(false);
    expect(isDateOfBirth('2027-01-01', today)).toBe(false);
    expect(isDateOfBirth('1990-02-30', today)).toBe(false);
  });
});
