import type { GraphQLFormattedError } from 'graphql';
import type { ValidationError } from 'class-validator';

interface FieldProblem {
  field: string;
  problems: string[];
}

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, problems: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * type-graphql reports invalid input as "Argument Validation Error" with the details buried
 * in extensions; a front end (and a person reading a log) needs the field named in the message.
 */
export function nameInvalidFields(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const validationErrors = formatted.extensions?.validationErrors as ValidationError[] | undefined;
  if (!Array.isArray(validationErrors)) return withInvalidFields(formatted);
  const fields = flatten(validationErrors);
  const message = `Invalid input: ${fields.map((f) => `${f.field} (${f.problems.join('; ')})`).join(', ')}`;
  return { ...formatted, message, extensions: { code: 'BAD_USER_INPUT', invalidFields: fields } };
}

/**
 * One shape for every input error: a business rule that names its `field` (`toAgency is your own
 * agency`) also lists it in `invalidFields`, as class-validator's refusals do.
 */
function withInvalidFields(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const field = formatted.extensions?.field;
  if (typeof field !== 'string' || formatted.extensions?.invalidFields) return formatted;
  return { ...formatted, extensions: { ...formatted.extensions, invalidFields: [{ field, problems: [formatted.message] }] } };
}
