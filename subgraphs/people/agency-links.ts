import type { AgencyLink as AgencyLinkRow } from '../../prisma/people/client/client';
import type { ConsentLedger, LinkState } from '../kit/consent-ledger';
import type { PeopleDb } from './database';

type Transaction = Parameters<Parameters<PeopleDb['$transaction']>[0]>[0];

/** How an agency came to work with a person; every link keeps it, and the person and the DPO see it. */
export enum LinkMadeHow {
  REGISTERED = 'REGISTERED',
  REGISTERED_KNOWN_PERSON = 'REGISTERED_KNOWN_PERSON',
  REFERRAL_ACCEPTED = 'REFERRAL_ACCEPTED',
  BY_THE_PERSON = 'BY_THE_PERSON',
}

const stateOf = (row: AgencyLinkRow): LinkState => ({
  linkId: row.id,
  personId: row.personId,
  agency: row.agency,
  madeHow: row.madeHow,
  linkedAt: row.linkedAt,
  endedAt: row.endedAt,
});

interface LinkChange {
  before: LinkState | null;
  after: LinkState;
}

/** The link writes of one people transaction, collected to be pushed to the decider before it commits. */
export class LinkWrites {
  readonly changes: LinkChange[] = [];

  constructor(private readonly tx: Transaction) {}

  /** The agency's open link to the person, or a new one made now; an open link is never made twice. */
  async open(link: { personId: string; agency: string; madeHow: LinkMadeHow; linkedBy: string; referralId?: string }): Promise<AgencyLinkRow> {
    const open = await this.tx.agencyLink.findFirst({ where: { personId: link.personId, agency: link.agency, endedAt: null } });
    if (open) return open;
    const made = await this.tx.agencyLink.create({ data: { ...link, referralId: link.referralId ?? null } });
    this.changes.push({ before: null, after: stateOf(made) });
    return made;
  }

  /** Ends the agency's open link (only the one a referral made, when `referralId` is given); null when none was open. */
  async end(personId: string, agency: string, ending: { endedBy: string; endReason: string; referralId?: string }): Promise<AgencyLinkRow | null> {
    const open = await this.tx.agencyLink.findFirst({
      where: { personId, agency, endedAt: null, ...(ending.referralId ? { referralId: ending.referralId } : {}) },
    });
    if (!open) return null;
    const ended = await this.tx.agencyLink.update({
      where: { id: open.id },
      data: { endedAt: new Date(), endedBy: ending.endedBy, endReason: ending.endReason },
    });
    this.changes.push({ before: stateOf(open), after: stateOf(ended) });
    return ended;
  }
}

/**
 * A people write that changes links, and the push of each change to the consent subgraph (which
 * keeps its own copy), all or nothing: the pushes are the last step inside the transaction, so a
 * refused push rolls the write back; if the write fails after some pushes, they are pushed back.
 */
export async function withLinkWrites<T>(db: PeopleDb, ledger: ConsentLedger, write: (tx: Transaction, links: LinkWrites) => Promise<T>): Promise<T> {
  const pushed: LinkChange[] = [];
  try {
    return await db.$transaction(async (tx) => {
      const links = new LinkWrites(tx);
      const result = await write(tx, links);
      for (const change of links.changes) {
        await ledger.recordLink(change.after);
        pushed.push(change);
      }
      return result;
    });
  } catch (error) {
    for (const change of pushed.reverse()) {
      await ledger.recordLink(change.before ?? { ...change.after, forget: true }).catch((undone) => {
        console.error(`The decider's copy of link ${change.after.linkId} is ahead of the people subgraph: undoing it failed (${(undone as Error).message}).`);
      });
    }
    throw error;
  }
}
