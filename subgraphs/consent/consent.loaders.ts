import { loadAllEach } from '../kit/loaders';
import { AccessLogProofs } from './access-log-proofs';
import { toConsent, withCategories } from './consent-rows';
import type { ConsentDb } from './database';

export function createConsentLoaders(db: ConsentDb) {
  return {
    consentsByPerson: loadAllEach(
      async (personIds: string[]) =>
        (
          await db.consent.findMany({
            where: { personId: { in: personIds } },
            include: withCategories,
            orderBy: { givenAt: 'desc' },
          })
        ).map(toConsent),
      (consent) => consent.personId,
    ),
    accessLogProofs: db.audit ? new AccessLogProofs(db.audit) : null,
  };
}

export type ConsentLoaders = ReturnType<typeof createConsentLoaders>;
