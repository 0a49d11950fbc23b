import type { Request, Response, Router } from 'express';
import type { CallingService, ServiceCredentialVerifier } from '../../platform/service-credentials';
import { markRoutine } from '../../platform/request-log';
import { CONSENT_COPY_PATH, type CopySyncRequest } from '../kit/consent-copy-sync';
import { serviceOnlyRoute, type ServiceLocals } from '../kit/service-routes';
import type { ConsentDb } from './database';
import { categoriesServedBy } from './served-categories';

const HOLDER = /^[a-z][a-z0-9-]{0,62}:[A-Za-z0-9-]{8,64}$/;

function refuse(res: Response, status: number, code: string, message: string, field?: string) {
  res.status(status).json({ errors: [{ message, extensions: { code, ...(field ? { field } : {}) } }] });
}

/** The request's fields checked one by one: a bad one is named and nothing is renewed or read. */
function syncRequestOf(body: unknown, service: CallingService): { request: CopySyncRequest } | { field: string; message: string } {
  const input = (body ?? {}) as Record<string, unknown>;
  const { holder, since, categories, release, wait } = input;
  if (typeof holder !== 'string' || !HOLDER.test(holder) || !holder.startsWith(`${service.name}:`)) {
    return { field: 'holder', message: `holder must be "${service.name}:" and a random id of this process.` };
  }
  if (since !== null && !(Number.isInteger(since) && (since as number) >= 0)) return { field: 'since', message: 'since must be null or a feed version (a whole number from 0).' };
  if (categories !== undefined && !(Array.isArray(categories) && categories.length <= 100 && categories.every((c) => typeof c === 'string'))) {
    return { field: 'categories', message: 'categories must be a list of category codes.' };
  }
  if (release !== undefined && typeof release !== 'boolean') return { field: 'release', message: 'release must be true or false.' };
  if (wait !== undefined && typeof wait !== 'boolean') return { field: 'wait', message: 'wait must be true or false.' };
  return {
    request: { holder, since: since as number | null, categories: categories as string[] | undefined, release: release as boolean | undefined, wait: wait as boolean | undefined },
  };
}

/**
 * `POST /consent-copy` on the consent subgraph: the one way a subgraph's consent copy is filled
 * and kept current. A service credential only (a user token, or no credential, is refused);
 * a subgraph gets the consents of the categories its own fields are guarded by and no others,
 * and every agency's open links (THREAT_MODEL.md, "Local consent decisions").
 */
export function consentCopyRoutes(app: Router, { db, verifyService }: { db: ConsentDb; verifyService: ServiceCredentialVerifier }) {
  app.post(CONSENT_COPY_PATH, ...serviceOnlyRoute(verifyService, (service) => service.name !== 'gateway', '16kb'), async (req: Request, res: Response) => {
    const { callingService: service } = res.locals as ServiceLocals;
    markRoutine(res);
    const served = categoriesServedBy(service.name);
    if (served.size === 0) return refuse(res, 403, 'FORBIDDEN', `${service.name} serves no guarded fields, so it holds no consent copy.`);
    const checked = syncRequestOf(req.body, service);
    if ('field' in checked) return refuse(res, 400, 'BAD_USER_INPUT', checked.message, checked.field);
    const { request } = checked;
    const notServed = (request.categories ?? []).filter((category) => !served.has(category));
    if (notServed.length > 0) {
      return refuse(res, 403, 'FORBIDDEN', `${service.name} serves no fields of ${notServed.join(', ')}: its copy holds only its own categories.`, 'categories');
    }
    const feed = db.copyFeed;
    if (!feed) return refuse(res, 503, 'CONSENT_SERVICE_UNAVAILABLE', 'This consent process serves no copies.');
    try {
      if (request.release) {
        await feed.release(request.holder);
        return res.json({ released: true });
      }
      const categories = request.categories ? new Set(request.categories) : served;
      res.json(await feed.poll(request.holder, service.name, request.since, categories, request.wait !== false));
    } catch {
      refuse(res, 503, 'CONSENT_SERVICE_UNAVAILABLE', 'The consent ledger cannot be read just now.');
    }
  });
}
