import type { Prisma } from '../../prisma/consent/client/client';
import { Consent, ConsentEvidence } from './consent.type';

export type ConsentRow = Prisma.ConsentGetPayload<{ include: { categories: true } }>;

export const withCategories = { categories: { orderBy: { category: 'asc' } } } as const;

/** A ledger row and its category rows, as the GraphQL `Consent`. */
export function toConsent(row: ConsentRow): Consent {
  return Object.assign(new Consent(), {
    ...row,
    evidence: row.evidence as ConsentEvidence,
    categories: row.categories.map((category) => category.category),
  });
}
