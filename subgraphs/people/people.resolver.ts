import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { PageArgs } from '../kit/page.args';
import { onlyThoseMayBeSeen, requireAccess } from '../kit/consent-refusals';
import { GraphQLError } from 'graphql';
import type { PeopleContext } from './people.context';
import { matchName, matchPostcode } from './matching-keys';
import { PersonContactInput, PossibleMatchAnswerInput, RegisterPersonInput } from './person.inputs';
import { Person } from './person.type';
import { registerPerson, type DetailsMayBeSeen } from './registration';
import { RegistrationResult } from './registration.type';

@Resolver(() => Person)
export class PeopleResolver {
  @Query(() => Person, { nullable: true, description: 'One person by id.' })
  person(@Arg('id', () => ID) id: string, @Ctx() { loaders }: PeopleContext) {
    return loaders.personById.load(id);
  }

  @Query(() => Person, { nullable: true, description: 'For a client: their own single view.' })
  me(@Ctx() { loaders, caller }: PeopleContext) {
    return loaders.personById.load(caller.subject);
  }

  @Query(() => [Person], { description: "The people the caller's agency works with now (an open link), by family name." })
  caseload(@Args() { limit, offset }: PageArgs, @Ctx() { db, caller }: PeopleContext) {
    return db.person.findMany({
      where: { agencyLinks: { some: { agency: caller.agency ?? '', endedAt: null } } },
      orderBy: [{ familyName: 'asc' }, { givenName: 'asc' }, { id: 'asc' }],
      take: limit,
      skip: offset,
    });
  }

  @Query(() => [Person], {
    description:
      'Staff search: by family name, narrowed by given name, date of birth or postcode. A search is a read of identity: only the people the caller may see come back, each decision logged.',
  })
  async searchPeople(
    @Ctx() context: PeopleContext,
    @Arg('familyName') familyName: string,
    @Arg('givenName', () => String, { nullable: true }) givenName?: string | null,
    @Arg('dateOfBirth', () => String, { nullable: true }) dateOfBirth?: string | null,
    @Arg('postcode', () => String, { nullable: true }) postcode?: string | null,
  ) {
    const [given, family] = matchName(givenName ?? '', familyName).split('|');
    const found = await context.db.person.findMany({
      where: {
        matchName: given ? { equals: `${given}|${family}` } : { endsWith: `|${family}` },
        ...(dateOfBirth ? { dateOfBirth } : {}),
        ...(postcode ? { matchPostcode: matchPostcode(postcode) } : {}),
      },
      orderBy: [{ familyName: 'asc' }, { givenName: 'asc' }],
      take: 20,
    });
    return onlyThoseMayBeSeen(context, found, 'identity', 'Query.searchPeople');
  }

  @Mutation(() => RegistrationResult, {
    description:
      'Registers a person, or returns the person already known (a scored match above the high threshold), or lists possible matches, with the evidence for and against each, for the person to confirm. See the README: how matching decides.',
  })
  registerPerson(
    @Arg('input') input: RegisterPersonInput,
    @Ctx() context: PeopleContext,
    @Arg('answer', () => PossibleMatchAnswerInput, {
      nullable: true,
      description: 'When an earlier registration listed possible matches: what the person said.',
    })
    answer?: PossibleMatchAnswerInput | null,
  ) {
    const seenIn = (category: string) => async (ids: string[]) =>
      new Set((await onlyThoseMayBeSeen(context, ids.map((id) => ({ id })), category, 'Mutation.registerPerson')).map((row) => row.id));
    const mayBeSeen: DetailsMayBeSeen = { identity: seenIn('identity'), contact: seenIn('contact') };
    return registerPerson(context.db, context.consentLedger, input, context.caller, mayBeSeen, answer);
  }

  @Mutation(() => Person, { description: "Changes a person's contact details: the writer needs the consent a reader of them would." })
  async updatePersonContact(
    @Arg('personId', () => ID) personId: string,
    @Arg('input') input: PersonContactInput,
    @Ctx() context: PeopleContext,
  ) {
    const { db } = context;
    // An agency writes only what it may read: contact details need `contact`, the preferred name `identity`.
    const categories = [
      ...(input.preferredName !== undefined ? ['identity'] : []),
      ...(input.postcode !== undefined || input.phone !== undefined || input.email !== undefined ? ['contact'] : []),
    ];
    await Promise.all(categories.map((category) => requireAccess(context, personId, category, 'Mutation.updatePersonContact')));
    const existing = await db.person.findUnique({ where: { id: personId } });
    if (!existing) throw new GraphQLError(`No person with id ${personId}.`, { extensions: { code: 'NOT_FOUND' } });
    const postcode = input.postcode === undefined ? {} : { postcode: input.postcode?.trim().toUpperCase() || null, matchPostcode: input.postcode ? matchPostcode(input.postcode) : null };
    return db.person.update({
      where: { id: personId },
      data: {
        ...(input.preferredName !== undefined ? { preferredName: input.preferredName } : {}),
        ...(input.phone !== undefined ? { phone: input.phone } : {}),
        ...(input.email !== undefined ? { email: input.email } : {}),
        ...postcode,
      },
    });
  }
}
