import { GraphQLError } from 'graphql';
import { rule } from 'graphql-shield';
import { worksCases } from '../../platform/caller';
import type { SubgraphContext } from './context';

/**
 * Who may call a root query or mutation. Subgraphs compose these into their `rootRules`;
 * no subgraph writes its own check of the caller.
 */
type Context = SubgraphContext<unknown, unknown>;

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

/**
 * Service-only operations (access decisions, link changes): a hub service calling with its own
 * credential, never a user token alone, whoever the user is.
 */
export const serviceOnly = rule({ cache: 'contextual' })((_parent, _args, { callingService }: Context) =>
  callingService ? true : forbidden('Only a hub service may call this.'),
);

/** A service-only operation that one hub service alone may call: the owner of what it changes. */
export const serviceNamed = (name: string) =>
  rule(`service:${name}`, { cache: 'contextual' })((_parent, _args, { callingService }: Context) =>
    callingService?.name === name ? true : forbidden(`Only the ${name} service may call this.`),
  );

export const staffOnly = rule({ cache: 'contextual' })((_parent, _args, { caller }: Context) =>
  worksCases(caller) ? true : forbidden('Only agency staff may do this.'),
);

/** Advisers and managers of the agency that owns the subgraph: they write its records. */
export const owningAgencyStaff = rule({ cache: 'contextual' })((_parent, _args, { caller, owningAgency }: Context) =>
  (caller.role === 'adviser' || caller.role === 'manager') && caller.agency === owningAgency
    ? true
    : forbidden(`Only staff of ${owningAgency ?? 'the owning agency'} may change these records.`),
);

/** A client acting on their own record, the person id read from the arguments by `personIdOf`. */
export const clientActingForThemselves = (personIdOf: (args: any) => string | undefined) =>
  rule({ cache: 'strict' })((_parent, args, { caller }: Context) =>
    caller.role === 'client' && personIdOf(args) === caller.subject
      ? true
      : forbidden('A client may only act on their own record.'),
  );

export const dataProtectionOfficerOnly = rule({ cache: 'contextual' })((_parent, _args, { caller }: Context) =>
  caller.role === 'dpo' ? true : forbidden('Only a data-protection officer may do this.'),
);

export const clientOnly = rule({ cache: 'contextual' })((_parent, _args, { caller }: Context) =>
  caller.role === 'client' ? true : forbidden('Only a client, for their own record, may do this.'),
);

/** A field of a `Person` that only that person may read (their own access log). */
export const thePersonThemselves = rule({ cache: 'strict' })((parent: { id: string }, _args, { caller }: Context) =>
  caller.role === 'client' && caller.subject === parent.id ? true : forbidden('Only the person themselves may read this.'),
);

/** Anyone whose token verified (every request here has one): for what tells nothing about anyone, such as the audit log's public checkpoint key. */
export const anyCaller = rule({ cache: 'contextual' })(() => true);
