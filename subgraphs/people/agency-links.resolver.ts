import { GraphQLError } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Field, Query, Resolver, Root } from 'type-graphql';
import type { AgencyLink as AgencyLinkRow } from '../../prisma/people/client/client';
import { PageArgs } from '../kit/page.args';
import { requireLink } from '../kit/link-required';
import { LinkMadeHow, withLinkWrites } from './agency-links';
import { AgencyLink, AgencyLinkEntry } from './agency-link.type';
import { AgencyLinkFilter, CloseCaseArgs, LinkAgencyArgs } from './agency-link.inputs';
import type { PeopleContext } from './people.context';
import { Person } from './person.type';

const toLink = (row: AgencyLinkRow): AgencyLink => ({ ...row, madeHow: row.madeHow as LinkMadeHow });

@ObjectType()
class AgencyLinkPage {
  @Field(() => [AgencyLinkEntry], { description: 'Newest first.' })
  links: AgencyLinkEntry[];

  @Field(() => Int)
  total: number;
}

@Resolver(() => Person)
export class PersonAgencyLinksResolver {
  @FieldResolver(() => [AgencyLink], {
    description: 'Every agency that works or worked with you, newest first, with how each came to: only you may read this.',
  })
  async agencyLinks(@Root() person: Person, @Ctx() { loaders }: PeopleContext) {
    return (await loaders.linksByPerson.load(person.id)).map(toLink);
  }
}

@Resolver()
export class AgencyLinksResolver {
  @Query(() => AgencyLinkPage, {
    description: 'For the DPO: agency links, newest first, by agency, by how they were made (say REGISTERED_KNOWN_PERSON) or by person.',
  })
  async agencyLinks(@Ctx() { db }: PeopleContext, @Args() { limit, offset }: PageArgs, @Arg('filter', () => AgencyLinkFilter, { nullable: true }) filter?: AgencyLinkFilter | null) {
    const where = {
      ...(filter?.agency ? { agency: filter.agency } : {}),
      ...(filter?.madeHow ? { madeHow: filter.madeHow } : {}),
      ...(filter?.person ? { personId: filter.person } : {}),
    };
    const [rows, total] = await db.$transaction([
      db.agencyLink.findMany({ where, orderBy: [{ linkedAt: 'desc' }, { id: 'asc' }], take: limit, skip: offset }),
      db.agencyLink.count({ where }),
    ]);
    return { links: rows.map((row) => ({ ...toLink(row), person: row.personId })), total };
  }

  @Mutation(() => AgencyLink, { description: 'The person links an agency to themselves: it may then see who they are and record consents with them.' })
  async linkAgency(@Args() { personId, agency }: LinkAgencyArgs, @Ctx() { db, caller, consentLedger }: PeopleContext) {
    const link = await withLinkWrites(db, consentLedger, (_tx, links) =>
      links.open({ personId, agency, madeHow: LinkMadeHow.BY_THE_PERSON, linkedBy: caller.subject }),
    );
    return toLink(link);
  }

  @Mutation(() => AgencyLink, { description: "Your agency's work with the person is over: the link ends, and with it what it allowed." })
  async closeCase(@Args() { personId, reason }: CloseCaseArgs, @Ctx() context: PeopleContext) {
    const { db, caller, consentLedger } = context;
    await requireLink(context, personId, 'identity', 'Mutation.closeCase');
    const ended = await withLinkWrites(db, consentLedger, (_tx, links) =>
      links.end(personId, caller.agency!, { endedBy: caller.subject, endReason: `Case closed: ${reason.trim()}` }),
    );
    if (!ended) throw new GraphQLError('Your agency has no open case for this person.', { extensions: { code: 'BAD_USER_INPUT', field: 'personId' } });
    return toLink(ended);
  }
}
