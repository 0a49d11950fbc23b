/**
 * A synthetic register with known truth, for the matching benchmark: households with a shared
 * family name and postcode (a partner sometimes keeps their own name), children born to them,
 * twins, names drawn with realistic skew (a few very common, a long tail of rare ones), given
 * names with nicknames, birthdays that collide as they do in life, and NI numbers as HMRC issues
 * them for most adults. Deterministic: the same seed gives the same register.
 */

export interface RegisterPerson {
  id: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  postcode: string;
  nationalInsuranceNumber: string | null;
  /** The household: relatives are the hardest non-matches. */
  household: number;
}

/** mulberry32: a small seeded generator, so a run can be repeated exactly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export type Random = () => number;
export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];
/** Zipf-like (weight of rank r is r^-0.6): the first items more often than the last, as names are. */
function skewed<T>(random: Random, items: readonly T[]): T {
  const weights = items.map((_, rank) => (rank + 1) ** -0.6);
  let rest = random() * weights.reduce((sum, weight) => sum + weight, 0);
  for (let index = 0; index < items.length; index += 1) if ((rest -= weights[index]) < 0) return items[index];
  return items[items.length - 1];
}

/** Given names and the nicknames people register under (the pairs the matching data lists, and a few it may not). */
export const GIVEN_NAMES: ReadonlyArray<{ name: string; nicknames: string[] }> = [
  ['Olivia', []], ['Amelia', ['Millie']], ['Emily', ['Em']], ['Sophie', []], ['Jessica', ['Jess']], ['Chloe', []],
  ['Margaret', ['Maggie', 'Peggy']], ['Elizabeth', ['Liz', 'Beth']], ['Katherine', ['Kate', 'Kathy']], ['Rebecca', ['Becky']],
  ['Samantha', ['Sam']], ['Jennifer', ['Jenny']], ['Susan', ['Sue']], ['Patricia', ['Pat', 'Trish']], ['Deborah', ['Debbie']],
  ['Sarah', ['Saz']], ['Karen', ['Kaz']], ['Sharon', ['Shaz']], ['Kayleigh', []], ['Aisha', []], ['Fatima', []], ['Zainab', []],
  ['Agnieszka', ['Aga']], ['Katarzyna', ['Kasia']], ['Joanna', ['Asia']], ['Amara', []], ['Chiamaka', []], ['Grace', []],
  ['Lauren', []], ['Hannah', []], ['Megan', []], ['Gemma', []], ['Leanne', []], ['Stacey', []], ['Nicola', ['Nicky']],
  ['Oliver', ['Ollie']], ['George', []], ['Harry', []], ['Jack', []], ['Thomas', ['Tom', 'Tommy']], ['William', ['Bill', 'Will']],
  ['James', ['Jim', 'Jimmy']], ['Robert', ['Bob', 'Rob']], ['Michael', ['Mick', 'Mike']], ['Christopher', ['Chris']],
  ['Daniel', ['Danny', 'Dan']], ['Anthony', ['Tony']], ['Joseph', ['Joe']], ['Stephen', ['Steve']], ['Alexander', ['Alex']],
  ['Darren', ['Daz']], ['Gary', ['Gaz']], ['Barry', ['Baz']], ['Lee', []], ['Craig', []], ['Wayne', []], ['Liam', []],
  ['Tomasz', ['Tom', 'Tomek']], ['Piotr', []], ['Krzysztof', ['Krzys']], ['Mohammed', ['Mo']], ['Ibrahim', []], ['Yusuf', []],
  ['Chidi', []], ['Emeka', []], ['Kwame', []], ['Ryan', []], ['Connor', []], ['Kieran', ['Kez']], ['Jordan', []], ['Callum', []],
].map(([name, nicknames]) => ({ name: name as string, nicknames: nicknames as string[] }));

const COMMON_FAMILY_NAMES = [
  'Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson', 'Wright', 'Thompson', 'Evans',
  'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson', 'Clarke', 'Patel', 'Khan', 'Lewis', 'James', 'Phillips',
  'Mason', 'Mitchell', 'Rose', 'Davis', 'Rodriguez', 'Cox', 'Alexander', 'Morgan', 'Moore', 'Harris', 'Young', 'Hughes',
  'Armstrong', 'Charlton', 'Dobson', 'Forster', 'Graham', 'Hussain', 'Begum', 'Ali', 'Ahmed', 'Nowak', 'Kowalski', 'Wisniewski',
  'Okafor', 'Adeyemi', 'Osei', 'Mensah', 'Reid', 'Marsh', 'Doyle', 'Whitlock', 'Walsh', 'Murphy', 'Kelly', 'Byrne', 'Ryan',
  'Robson', 'Milburn', 'Bell', 'Scott', 'Thomson', 'Stewart', 'Campbell', 'Anderson', 'Ross', 'Henderson', 'Hutchinson',
];
const SYLLABLES = ['ab', 'ber', 'cal', 'dun', 'eth', 'for', 'gar', 'hal', 'ing', 'kel', 'lin', 'mor', 'nes', 'ock', 'pen', 'quin', 'ros', 'sel', 'tor', 'wyn', 'ley', 'ton', 'ham', 'by'];

/**
 * One family in five carries one of the common names (Smith then about 1.7% of people, as in
 * Britain, where it is 1.2%); the others a rarer one, as in a real register's long tail.
 */
function familyName(random: Random): string {
  if (random() < 0.2) return skewed(random, COMMON_FAMILY_NAMES);
  const parts = 2 + Math.floor(random() * 2);
  const word = Array.from({ length: parts }, () => pick(random, SYLLABLES)).join('');
  return word[0].toUpperCase() + word.slice(1);
}

const DISTRICTS = Array.from({ length: 66 }, (_, i) => `NE${i + 1}`).concat(Array.from({ length: 20 }, (_, i) => `DH${i + 1}`), Array.from({ length: 30 }, (_, i) => `SR${i + 1}`));
const UNIT_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';
export function randomPostcode(random: Random): string {
  return `${pick(random, DISTRICTS)} ${Math.floor(random() * 10)}${pick(random, [...UNIT_LETTERS])}${pick(random, [...UNIT_LETTERS])}`;
}

const NI_FIRST = 'ABCEGHJKLMNOPRSTWXYZ';
const NI_SECOND = 'ABCEGHJKLMNPRSTWXYZ';
const NEVER = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);
export function randomNiNumber(random: Random): string {
  for (;;) {
    const prefix = pick(random, [...NI_FIRST]) + pick(random, [...NI_SECOND]);
    if (NEVER.has(prefix)) continue;
    return `${prefix}${String(Math.floor(random() * 1_000_000)).padStart(6, '0')}${pick(random, ['A', 'B', 'C', 'D'])}`;
  }
}

const iso = (days: number) => new Date(days * 86_400_000).toISOString().slice(0, 10);
const dayOf = (date: string) => Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
const ADULT_FROM = dayOf('1940-01-01');
const ADULT_TO = dayOf('1990-12-31');
const NEWEST = dayOf('2010-12-31');

/** An id with a uuid's shape, from a number: the truth of a probe is an id compared with the register's. */
export const syntheticId = (n: number) => `00000000-0000-4000-9000-${n.toString(16).padStart(12, '0')}`;

/**
 * `size` people in households of one to five. Numbers are unique across the register (the hub
 * refuses a second holder); each person's id is `syntheticId(their index)`.
 */
export function generateRegister(size: number, seed = 15): RegisterPerson[] {
  const random = seededRandom(seed);
  const people: RegisterPerson[] = [];
  const numbers = new Set<string>();
  const niNumber = () => {
    for (;;) {
      const number = randomNiNumber(random);
      if (!numbers.has(number)) return numbers.add(number), number;
    }
  };
  let household = 0;
  while (people.length < size) {
    household += 1;
    const name = familyName(random);
    const postcode = randomPostcode(random);
    const adults = 1 + (random() < 0.55 ? 1 : 0);
    const parentBirth = ADULT_FROM + Math.floor(random() * (ADULT_TO - ADULT_FROM));
    const add = (givenName: string, family: string, birth: number) => {
      // Children not yet born (after NEWEST) are left out, not all given one birthday.
      if (people.length >= size || birth > NEWEST) return;
      const dateOfBirth = iso(birth);
      const adult = dateOfBirth < '2008-01-01';
      people.push({
        id: syntheticId(people.length + 1), givenName, familyName: family, dateOfBirth, postcode,
        nationalInsuranceNumber: adult && random() < 0.85 ? niNumber() : null, household,
      });
    };
    add(pick(random, GIVEN_NAMES).name, name, parentBirth);
    // A partner: sometimes with a family name of their own.
    if (adults === 2) add(pick(random, GIVEN_NAMES).name, random() < 0.3 ? familyName(random) : name, parentBirth + Math.floor((random() - 0.5) * 3650));
    const children = random() < 0.5 ? Math.floor(random() * 4) : 0;
    for (let child = 0; child < children; child += 1) {
      const birth = parentBirth + 7300 + Math.floor(random() * 5500);
      const first = pick(random, GIVEN_NAMES).name;
      add(first, name, birth);
      // Twins: the same birthday, family name and postcode, another given name.
      if (random() < 0.04) {
        let second = pick(random, GIVEN_NAMES).name;
        while (second === first) second = pick(random, GIVEN_NAMES).name;
        add(second, name, birth);
      }
    }
  }
  return people;
}
