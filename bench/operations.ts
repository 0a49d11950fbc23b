import { CASELOAD } from './caseload-query';
import { inventedIdentity } from './generated-caseload';
import type { Operation } from './load-run';
import { singleViewQuery } from './single-view-query';

/** A refused field answers null with CONSENT_REQUIRED: expected wherever a person has not consented. */
const REFUSALS = ['CONSENT_REQUIRED'];

/** The adviser's caseload: every person linked to the adviser's agency, fields from every subgraph. */
export const caseload = (limit: number): Operation => ({ query: CASELOAD, variables: { limit }, expectedErrorCodes: REFUSALS });

/**
 * One person, every field an adviser may ask for. The person's own access log and the agencies
 * linked to them are theirs alone, never an adviser's, so they are the fields left out.
 */
export const singleView = (personId: string): Operation => ({
  query: singleViewQuery(['Person.accessLog', 'Person.agencyLinks']),
  variables: { id: personId },
});

/** A query the people subgraph answers alone (with the consent subgraph's decision on its fields). */
export const identityOnly = (personId: string): Operation => ({
  query: `query Identity($id: ID!) { person(id: $id) { id givenName familyName dateOfBirth postcode } }`,
  variables: { id: personId },
});

/** An employment adviser records a CV completed: a write, and the audit of what it returns. */
export const recordOutcome = (personId: string): Operation => ({
  query: `mutation Record($input: EmployabilityOutcomeInput!) { recordOutcome(input: $input) { id kind achievedOn } }`,
  variables: { input: { personId, kind: 'CV_COMPLETED', achievedOn: '2026-02-01' } },
});

let registrations = 0;

/** Registration with matching: a new invented person each time, matched against the whole register. */
export const registerNewPerson = (): Operation => ({
  query: `mutation Register($input: RegisterPersonInput!) { registerPerson(input: $input) { outcome matched person { id } possibleMatches { agreesOn } } }`,
  variables: () => {
    registrations += 1;
    const identity = inventedIdentity(1_000_000 + registrations, `walk-in-${process.pid}`);
    return { input: { ...identity, familyName: `${identity.familyName}-${letters(registrations)}` } };
  },
});

/** 1 -> "b", 27 -> "bb": distinct letters, as matching ignores digits in names. */
function letters(n: number): string {
  let text = '';
  for (let rest = n; rest > 0; rest = Math.floor(rest / 26)) text += String.fromCharCode(97 + (rest % 26));
  return text;
}
