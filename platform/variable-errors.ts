import type { GraphQLFormattedError } from 'graphql';

// graphql-js's words for a variable that does not fit its type, e.g.
// `Variable "$input" got invalid value "x" at "input.level"; Value "x" does not exist in "Level" enum.`
const INVALID_VARIABLE = /^Variable "\$(\w+)" got invalid value .*?(?: at "([\w.[\]]+)")?;/s;

/**
 * A variable refused by graphql-js before any resolver runs lists its field in `invalidFields`,
 * in the shape the subgraphs' own input errors use (the field inside the input, or the variable).
 */
export function nameInvalidVariable(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (formatted.extensions?.code !== 'BAD_USER_INPUT' || formatted.extensions.invalidFields) return formatted;
  const match = INVALID_VARIABLE.exec(formatted.message);
  if (!match) return formatted;
  const [, variable, at] = match;
  const field = at && at.startsWith(`${variable}.`) ? at.slice(variable.length + 1) : at ?? variable;
  return { ...formatted, extensions: { ...formatted.extensions, invalidFields: [{ field, problems: [formatted.message] }] } };
}
