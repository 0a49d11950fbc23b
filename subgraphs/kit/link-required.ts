import { getNamedType, GraphQLError, isObjectType, type GraphQLResolveInfo } from 'graphql';
import { rule } from 'graphql-shield';
import type { SubgraphContext } from './context';
import { consentEnforced } from './consent-enforcement';
import { refusalFor } from './consent-refusals';
import { guardedBelow } from './guarded-below';

const noSharedRecords: ReadonlySet<string> = new Set();

type Context = SubgraphContext<any, any>;

/** How a write names its person: `input.personId` or `personId` unless the subgraph says otherwise. */
export type PersonOfWrite = (args: any, context: Context) => Promise<string | null | undefined> | string | null | undefined;

const personIdInArguments: PersonOfWrite = (args) => args.input?.personId ?? args.personId;

/** The consent category of the record a mutation writes: the `@consent` on the type it returns. */
function writtenCategory(info: GraphQLResolveInfo): string {
  const type = getNamedType(info.returnType);
  const consent = isObjectType(type) ? type.astNode?.directives?.find((directive) => directive.name.value === 'consent') : undefined;
  const category = consent?.arguments?.find((argument) => argument.name.value === 'category')?.value;
  return category?.kind === 'StringValue' ? category.value : 'identity';
}

/**
 * Writing a record does not make a link: an agency writes a person's records only while it works
 * with them. Decided like any access (purpose WRITE, step "linked agency" of the decision)
 * and logged like any decision, under the mutation's name and the category it writes.
 */
export async function requireLink(context: Context, personId: string, category: string, fieldPath: string): Promise<void> {
  if (!consentEnforced()) return;
  const answer = await context.decisions.load({ personId, category, fieldPath, purpose: 'WRITE' });
  if (answer.allowed) return;
  if (answer.unavailable) throw refusalFor(answer, category, personId)!;
  throw new GraphQLError(
    `Your agency does not work with this person, so it cannot add to their records: register them, accept a referral, or ask them to link your agency.`,
    { extensions: { code: 'LINK_REQUIRED', personId, category, reason: answer.reason } },
  );
}

/**
 * The root rule for every write of an agency subgraph: composed with `owningAgencyStaff` in the
 * subgraph's `rootRules`. `personOf` finds the person of a write that names a record instead.
 */
export const agencyWorksWithThePerson = (personOf: Record<string, PersonOfWrite> = {}) =>
  rule({ cache: 'no_cache' })(async (_parent, args, context: Context, info) => {
    const personId = await (personOf[info.fieldName] ?? personIdInArguments)(args, context);
    if (!personId) return true; // no such record: the resolver answers NOT_FOUND, and nothing is written
    // What the mutation's answer selects is asked in the same batch as the write check: one round trip.
    if (consentEnforced()) for (const below of guardedBelow(info, noSharedRecords)) void context.decisions.load({ personId, ...below });
    try {
      await requireLink(context, personId, writtenCategory(info), `Mutation.${info.fieldName}`);
      return true;
    } catch (error) {
      return error as GraphQLError;
    }
  });
