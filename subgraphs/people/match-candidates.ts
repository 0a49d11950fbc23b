import type { Person as PersonRow } from '../../prisma/people/client/client';
import type { PeopleDb } from './database';
import type { TypedDetails } from './match-scoring';
import { phoneticCode } from './matching-keys';

type Transaction = Parameters<Parameters<PeopleDb['$transaction']>[0]>[0];

/** Each lookup returns at most this many ids: a register of a million keeps a registration's cost bounded. */
const PER_BLOCK = 50;

/** 1987-02-11 -> 1987-11-02; null when the swap is no date (1987-02-13) or the same one. */
function swappedDayAndMonth(date: string): string | null {
  const [year, month, day] = date.split('-');
  return month !== day && Number(day) <= 12 ? `${year}-${day}-${month}` : null;
}

/**
 * Blocking: the people worth scoring, found by indexed keys only, so the cost of a registration
 * does not grow with the register. Each lookup is an index(-only) scan of a composite index ending
 * in `id` (prisma/people/schema.prisma), capped at PER_BLOCK rows; a true match survives one or
 * two slips because every detail is in more than one block:
 *   - the NI number;
 *   - the date of birth, or its day and month swapped (catches misspelt and married names, moves);
 *   - each name's phonetic code and the year of birth (a slip in the day or month, with the other
 *     name misspelt or changed);
 *   - both names' phonetic codes: those born nearest the date typed, half either side, so that a
 *     common name (a register of a million holds about a hundred Robert Smiths a year) still
 *     brings the right one (a slip in the year);
 *   - the postcode and either name's phonetic code (a wrong date of birth at the same address).
 * Then the rows of the (at most a few hundred) distinct ids, by primary key.
 */
export async function findCandidates(tx: Transaction, typed: TypedDetails): Promise<PersonRow[]> {
  const givenCode = phoneticCode(typed.givenName);
  const familyCode = phoneticCode(typed.familyName);
  const year = typed.dateOfBirth.slice(0, 4);
  const dates = [typed.dateOfBirth, swappedDayAndMonth(typed.dateOfBirth)].filter((date): date is string => date !== null);
  return tx.$queryRawUnsafe<PersonRow[]>(
    `SELECT * FROM "Person" WHERE id IN (
       (SELECT id FROM "Person" WHERE "nationalInsuranceNumber" = $1 LIMIT 1)
       UNION (SELECT id FROM "Person" WHERE "dateOfBirth" = ANY($2::text[]) LIMIT ${PER_BLOCK})
       UNION (SELECT id FROM "Person" WHERE "familyNameCode" = $3 AND "dateOfBirth" >= $4 AND "dateOfBirth" < $5 LIMIT ${PER_BLOCK})
       UNION (SELECT id FROM "Person" WHERE "givenNameCode" = $6 AND "dateOfBirth" >= $4 AND "dateOfBirth" < $5 LIMIT ${PER_BLOCK})
       UNION (SELECT id FROM "Person" WHERE "givenNameCode" = $6 AND "familyNameCode" = $3 AND "dateOfBirth" >= $8
              ORDER BY "dateOfBirth" LIMIT ${PER_BLOCK / 2})
       UNION (SELECT id FROM "Person" WHERE "givenNameCode" = $6 AND "familyNameCode" = $3 AND "dateOfBirth" < $8
              ORDER BY "dateOfBirth" DESC LIMIT ${PER_BLOCK / 2})
       UNION (SELECT id FROM "Person" WHERE "matchPostcode" = $7 AND ("givenNameCode" = $6 OR "familyNameCode" = $3) LIMIT ${PER_BLOCK})
     )`,
    typed.nationalInsuranceNumber,
    dates,
    familyCode,
    `${year}-01-01`,
    `${Number(year) + 1}-01-01`,
    givenCode,
    typed.postcode,
    typed.dateOfBirth,
  );
}
