import { GraphQLError } from 'graphql';

/** Errors for input that passed validation but does not fit the records: each names the input field at fault. */
export const notFound = (what: string, id: string, field: string) =>
  new GraphQLError(`No ${what} with id ${id}.`, { extensions: { code: 'NOT_FOUND', field } });

export const badInput = (message: string, field: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });
