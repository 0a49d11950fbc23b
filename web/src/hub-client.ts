import { Client, fetchExchange, useMutation, useQuery, type AnyVariables } from 'urql';
import type { Session } from './sign-in';

/** An error of the hub's answer, as README "Error codes a front end can meet" describes it. */
export interface HubError {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: Record<string, any>;
}

/**
 * One GraphQL client per signed-in session, on the gateway only. No cache: every view is a fresh
 * access decision (and a fresh line in the audit log), so a withdrawn consent shows at once.
 */
export function hubClient(session: Session): Client {
  return new Client({
    url: '/graphql',
    exchanges: [fetchExchange],
    preferGetMethod: false,
    requestPolicy: 'network-only',
    fetchOptions: () => ({ headers: { authorization: `Bearer ${session.token}` } }),
  });
}

export interface HubAnswer<Data> {
  data: Data | undefined;
  errors: HubError[];
  /** The hub could not be reached at all, or refused the whole request. */
  failed: string | null;
  fetching: boolean;
  refetch(): void;
}

export function useHubQuery<Data = any>(query: string, variables?: AnyVariables, pause = false): HubAnswer<Data> {
  const [result, reexecute] = useQuery<Data>({ query, variables, pause, requestPolicy: 'network-only' });
  const errors = (result.error?.graphQLErrors ?? []) as unknown as HubError[];
  return {
    data: result.data,
    errors,
    failed: result.error?.networkError ? 'The hub cannot be reached now. Try again in a minute.' : result.data ? null : (errors[0]?.message ?? null),
    fetching: result.fetching,
    refetch: () => reexecute({ requestPolicy: 'network-only' }),
  };
}

export interface MutationAnswer<Data> {
  data: Data | null;
  errors: HubError[];
}

/** A mutation returning data and errors side by side, as the hub answers them. */
export function useHubMutation<Data = any>(mutation: string) {
  const [state, run] = useMutation<Data>(mutation);
  const send = async (variables: AnyVariables): Promise<MutationAnswer<Data>> => {
    const result = await run(variables);
    const errors = (result.error?.graphQLErrors ?? []) as unknown as HubError[];
    if (result.error?.networkError) errors.push({ message: 'The hub cannot be reached now. Try again in a minute.' });
    return { data: (result.data as Data) ?? null, errors };
  };
  return [state.fetching, send] as const;
}
