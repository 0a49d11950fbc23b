import { GIVEN_NAMES, pick, randomNiNumber, randomPostcode, seededRandom, type Random, type RegisterPerson } from './synthetic-register';

/** A registration as an adviser types it, and who it really is (null: someone the register does not hold). */
export interface Probe {
  input: { givenName: string; familyName: string; dateOfBirth: string; postcode?: string; nationalInsuranceNumber?: string };
  truthId: string | null;
  /** What was done to the details: the corruptions, or how a newcomer resembles someone held. */
  kind: string[];
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const capitalised = (word: string) => word[0].toUpperCase() + word.slice(1);

/** A letter replaced by another (not the first letter: people rarely get that wrong). */
function typo(random: Random, word: string): string {
  if (word.length < 3) return word;
  const at = 1 + Math.floor(random() * (word.length - 1));
  const replacement = pick(random, [...LETTERS].filter((letter) => letter !== word[at].toLowerCase()));
  return word.slice(0, at) + replacement + word.slice(at + 1);
}
function droppedLetter(random: Random, word: string): string {
  if (word.length < 4) return word;
  const at = 1 + Math.floor(random() * (word.length - 1));
  return word.slice(0, at) + word.slice(at + 1);
}
function swappedDayAndMonth(date: string): string | null {
  const [year, month, day] = date.split('-');
  return month !== day && Number(day) <= 12 ? `${year}-${day}-${month}` : null;
}
/** One digit of the day or the year's last digit wrong, keeping a real past date. */
function digitSlip(random: Random, date: string): string {
  for (;;) {
    const position = pick(random, [3, 9]);
    const digit = String(Math.floor(random() * 10));
    const slipped = date.slice(0, position) + digit + date.slice(position + 1);
    if (slipped !== date && !Number.isNaN(Date.parse(`${slipped}T00:00:00Z`)) && new Date(`${slipped}T00:00:00Z`).toISOString().startsWith(slipped) && slipped < '2011-01-01') return slipped;
  }
}
function niDigitSlip(random: Random, number: string): string {
  const at = 2 + Math.floor(random() * 6);
  const digit = String((Number(number[at]) + 1 + Math.floor(random() * 9)) % 10);
  return number.slice(0, at) + digit + number.slice(at + 1);
}

type Corruption = (random: Random, probe: Probe, person: RegisterPerson, register: RegisterPerson[]) => boolean;

/** The ways a registration of someone already held goes wrong; each says whether it applied. */
const CORRUPTIONS: Record<string, Corruption> = {
  'typo in family name': (random, probe) => ((probe.input.familyName = capitalised(typo(random, probe.input.familyName.toLowerCase()))), true),
  'typo in given name': (random, probe) => ((probe.input.givenName = capitalised(typo(random, probe.input.givenName.toLowerCase()))), true),
  'dropped letter': (random, probe) => {
    const family = random() < 0.6;
    const before = family ? probe.input.familyName : probe.input.givenName;
    const after = droppedLetter(random, before);
    if (after === before) return false;
    if (family) probe.input.familyName = after;
    else probe.input.givenName = after;
    return true;
  },
  'day and month swapped': (_random, probe) => {
    const swapped = swappedDayAndMonth(probe.input.dateOfBirth);
    if (!swapped) return false;
    probe.input.dateOfBirth = swapped;
    return true;
  },
  'date of birth digit slip': (random, probe) => ((probe.input.dateOfBirth = digitSlip(random, probe.input.dateOfBirth)), true),
  'no postcode': (_random, probe) => (delete probe.input.postcode, true),
  'old postcode': (random, probe) => ((probe.input.postcode = randomPostcode(random)), true),
  'no NI number': (_random, probe) => (probe.input.nationalInsuranceNumber ? (delete probe.input.nationalInsuranceNumber, true) : false),
  'NI number digit slip': (random, probe) =>
    probe.input.nationalInsuranceNumber ? ((probe.input.nationalInsuranceNumber = niDigitSlip(random, probe.input.nationalInsuranceNumber)), true) : false,
  'married name': (random, probe, person, register) => {
    if (person.dateOfBirth > '1995-01-01') return false;
    let other = pick(random, register).familyName;
    while (other === person.familyName) other = pick(random, register).familyName;
    probe.input.familyName = other;
    return true;
  },
  nickname: (random, probe, person) => {
    const nicknames = GIVEN_NAMES.find((name) => name.name === person.givenName)?.nicknames ?? [];
    if (nicknames.length === 0) return false;
    probe.input.givenName = pick(random, nicknames);
    return true;
  },
};
export const corruptionNames = Object.keys(CORRUPTIONS);

const asTyped = (person: RegisterPerson): Probe['input'] => ({
  givenName: person.givenName,
  familyName: person.familyName,
  dateOfBirth: person.dateOfBirth,
  postcode: person.postcode,
  ...(person.nationalInsuranceNumber ? { nationalInsuranceNumber: person.nationalInsuranceNumber } : {}),
});

/**
 * `known` registrations of different people of `register` (drawn from its first `from` people, so
 * that one set of probes serves a small register and a large one that contains it), each with one
 * or two corruptions (one in ten typed exactly); and `newcomers` registrations of people it does not
 * hold: half strangers, a quarter a sibling of someone held (family name and postcode shared), a
 * quarter a twin (birthday too).
 */
export function corruptedRegistrations(register: RegisterPerson[], options: { known: number; newcomers: number; from: number; seed?: number }): Probe[] {
  const random = seededRandom(options.seed ?? 1515);
  const pool = register.slice(0, options.from);
  const order = pool.map((_, index) => index).sort(() => random() - 0.5);
  const probes: Probe[] = [];
  for (const index of order.slice(0, options.known)) {
    const person = pool[index];
    const probe: Probe = { input: asTyped(person), truthId: person.id, kind: [] };
    const wanted = random() < 0.1 ? 0 : random() < 0.65 ? 1 : 2;
    for (let tries = 0; probe.kind.length < wanted && tries < 20; tries += 1) {
      const name = pick(random, corruptionNames);
      if (!probe.kind.includes(name) && CORRUPTIONS[name](random, probe, person, pool)) probe.kind.push(name);
    }
    if (probe.kind.length === 0) probe.kind.push('typed exactly');
    probes.push(probe);
  }
  const namesOfHousehold = new Map<number, Set<string>>();
  for (const person of pool) {
    if (!namesOfHousehold.has(person.household)) namesOfHousehold.set(person.household, new Set());
    namesOfHousehold.get(person.household)!.add(person.givenName);
  }
  for (let n = 0; n < options.newcomers; n += 1) {
    const relative = pick(random, pool);
    // Not a name anyone of the household has: a sibling with one's own name and birthday would be oneself.
    const taken = namesOfHousehold.get(relative.household)!;
    let givenName = pick(random, GIVEN_NAMES).name;
    while (taken.has(givenName)) givenName = pick(random, GIVEN_NAMES).name;
    const shape = random();
    const nationalInsuranceNumber = random() < 0.7 ? randomNiNumber(random) : undefined;
    const input =
      shape < 0.5
        ? { givenName, familyName: `${relative.familyName}${pick(random, ['son', 'ley', 'er', 'ton'])}`, dateOfBirth: digitSlip(random, pick(random, pool).dateOfBirth), postcode: randomPostcode(random) }
        : shape < 0.75
          ? { givenName, familyName: relative.familyName, dateOfBirth: digitSlip(random, digitSlip(random, relative.dateOfBirth)), postcode: relative.postcode }
          : { givenName, familyName: relative.familyName, dateOfBirth: relative.dateOfBirth, postcode: relative.postcode };
    probes.push({ input: { ...input, ...(nationalInsuranceNumber ? { nationalInsuranceNumber } : {}) }, truthId: null, kind: [shape < 0.5 ? 'stranger' : shape < 0.75 ? 'sibling' : 'twin'] });
  }
  return probes.sort(() => random() - 0.5);
}
