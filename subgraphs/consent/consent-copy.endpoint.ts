import type { Request, Response, Router } from 'express';
import type { ServiceCredentialVerifier } from '../../platform/service-credentials';
import { markRoutine } from '../../platform/request-log';
import { CONSENT_COPY_PATH, MAX_COPIES_PER_POLL } from '../kit/consent-copy-sync';
import { serviceOnlyRoute } from '../kit/service-routes';
import type { CopyPoll } from './consent-copy-feed';
import type { ConsentDb } from './database';
import { categoriesServedBy } from './served-categories';

const HOLDER = /^[a-z][a-z0-9-]{0,62}:[A-Za-z0-9-]{8,64}$/;

class Refusal {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly message: string,
    readonly field?: string,
  ) {}
}

function refuse(res: Response, { status, code, message, field }: Refusal) {
  res.status(status).json({ errors: [{ message, extensions: { code, ...(field ? { field } : {}) } }] });
}

const badInput = (field: string, message: string) => new Refusal(400, 'BAD_USER_INPUT', message, field);

/**
 * One copy of the poll checked field by field, its credential first: a subgraph is answered only
 * for its own holders and the categories it serves, whoever sent the poll.
 */
async function copyPollOf(entry: unknown, at: string, verifyService: ServiceCredentialVerifier, releasing: boolean): Promise<CopyPoll> {
  if (typeof entry !== 'object' || entry === null) throw badInput(at, `${at} must be an object.`);
  const { credential, holder, since, categories, wait } = entry as Record<string, unknown>;
  if (typeof credential !== 'string') throw badInput(`${at}.credential`, `${at}.credential must be the service credential of the copy's subgraph.`);
  const service = await verifyService(credential).catch((error: Error) => {
    throw new Refusal(401, 'UNAUTHENTICATED', `${at}.credential was refused: ${error.message}`, `${at}.credential`);
  });
  const served = categoriesServedBy(service.name);
  if (served.size === 0) throw new Refusal(403, 'FORBIDDEN', `${service.name} serves no guarded fields, so it holds no consent copy.`, `${at}.credential`);
  if (typeof holder !== 'string' || !HOLDER.test(holder) || !holder.startsWith(`${service.name}:`)) {
    throw badInput(`${at}.holder`, `${at}.holder must be "${service.name}:" and a random id of this process.`);
  }
  if (!releasing && since !== null && !(Number.isInteger(since) && (since as number) >= 0)) {
    throw badInput(`${at}.since`, `${at}.since must be null or a feed version (a whole number from 0).`);
  }
  if (categories !== undefined && !(Array.isArray(categories) && categories.length <= 100 && categories.every((c) => typeof c === 'string'))) {
    throw badInput(`${at}.categories`, `${at}.categories must be a list of category codes.`);
  }
  if (wait !== undefined && typeof wait !== 'boolean') throw badInput(`${at}.wait`, `${at}.wait must be true or false.`);
  const notServed = ((categories as string[] | undefined) ?? []).filter((category) => !served.has(category));
  if (notServed.length > 0) {
    throw new Refusal(403, 'FORBIDDEN', `${service.name} serves no fields of ${notServed.join(', ')}: its copy holds only its own categories.`, `${at}.categories`);
  }
  return { holder, subgraph: service.name, since: releasing ? null : (since as number | null), categories: categories ? new Set(categories as string[]) : served, wait: wait !== false };
}

/** The whole poll checked before anything is renewed or read: one bad copy refuses it all. */
async function copyPollsOf(body: unknown, verifyService: ServiceCredentialVerifier): Promise<{ release: boolean; copies: CopyPoll[] }> {
  const { copies, release } = (body ?? {}) as Record<string, unknown>;
  if (release !== undefined && typeof release !== 'boolean') throw badInput('release', 'release must be true or false.');
  if (!Array.isArray(copies) || copies.length === 0 || copies.length > MAX_COPIES_PER_POLL) {
    throw badInput('copies', `copies must list from 1 to ${MAX_COPIES_PER_POLL} consent copies.`);
  }
  const checked: CopyPoll[] = [];
  for (const [i, entry] of copies.entries()) {
    const copy = await copyPollOf(entry, `copies[${i}]`, verifyService, release === true);
    if (checked.some((earlier) => earlier.holder === copy.holder)) throw badInput(`copies[${i}].holder`, `copies[${i}].holder is named twice in one poll.`);
    checked.push(copy);
  }
  return { release: release === true, copies: checked };
}

/**
 * `POST /consent-copy` on the consent subgraph: the one way the subgraphs' consent copies are
 * filled and kept current, one poll per process for all the copies it keeps. A service credential
 * sends it (a user token, or no credential, is refused), and each copy carries its own
 * subgraph's: a subgraph gets the consents of the categories its own fields are guarded by and no
 * others, and every agency's open links (THREAT_MODEL.md, "Local consent decisions").
 */
export function consentCopyRoutes(app: Router, { db, verifyService }: { db: ConsentDb; verifyService: ServiceCredentialVerifier }) {
  app.post(CONSENT_COPY_PATH, ...serviceOnlyRoute(verifyService, (service) => service.name !== 'gateway', '64kb'), async (req: Request, res: Response) => {
    markRoutine(res);
    let poll: Awaited<ReturnType<typeof copyPollsOf>>;
    try {
      poll = await copyPollsOf(req.body, verifyService);
    } catch (error) {
      if (error instanceof Refusal) return refuse(res, error);
      throw error;
    }
    const feed = db.copyFeed;
    if (!feed) return refuse(res, new Refusal(503, 'CONSENT_SERVICE_UNAVAILABLE', 'This consent process serves no copies.'));
    try {
      if (poll.release) {
        await feed.release(poll.copies.map((copy) => copy.holder));
        return res.json({ released: true });
      }
      res.json({ answers: await feed.poll(poll.copies) });
    } catch {
      refuse(res, new Refusal(503, 'CONSENT_SERVICE_UNAVAILABLE', 'The consent ledger cannot be read just now.'));
    }
  });
}
