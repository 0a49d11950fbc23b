import { Arg, Ctx, Directive, ID, Mutation, Resolver } from 'type-graphql';
import { AgencyLinkChangeInput } from './agency-link.inputs';
import type { ConsentContext } from './consent.context';
import { withFeedChange } from './consent-feed-writes';

/**
 * How the decider learns of links: the people subgraph, which owns them, pushes every change here
 * (never through the gateway). The copy is keyed by the people subgraph's link id, so a change
 * pushed twice, or pushed again to undo one whose write failed, lands on the same row.
 */
@Resolver()
export class AgencyLinkMutations {
  @Directive('@inaccessible')
  @Mutation(() => ID, { description: "Pushed by the people subgraph: one change to an agency link. Answers the link's id." })
  async recordAgencyLink(@Arg('input') input: AgencyLinkChangeInput, @Ctx() { db }: ConsentContext) {
    const data = {
      personId: input.personId,
      agency: input.agency,
      madeHow: input.madeHow,
      linkedAt: input.linkedAt,
      endedAt: input.endedAt ?? null,
    };
    const open = !input.forget && data.endedAt === null;
    return withFeedChange(db, async (tx) => {
      if (input.forget) await tx.agencyLinkCopy.deleteMany({ where: { linkId: input.linkId } });
      else await tx.agencyLinkCopy.upsert({ where: { linkId: input.linkId }, create: { linkId: input.linkId, ...data }, update: data });
      return { result: input.linkId, feed: { kind: 'link', linkId: input.linkId, personId: input.personId, agency: input.agency, open } };
    });
  }
}
