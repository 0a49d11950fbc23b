import { getNamedType, GraphQLError, isScalarType, type GraphQLSchema } from 'graphql';
import type { IMiddlewareResolver } from 'graphql-middleware/dist/types';

/** Every record of the hub is keyed by a UUID (Prisma's `@default(uuid())`, `randomUUID()` in seeds). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const malformed = (names: string[]) =>
  new GraphQLError(`Invalid input: ${names.map((name) => `${name} (must be an id: a UUID such as 00000000-0000-4000-8000-000000000001)`).join(', ')}`, {
    extensions: { code: 'BAD_USER_INPUT', invalidFields: names.map((field) => ({ field, problems: [`${field} must be an id (a UUID)`] })) },
  });

/**
 * graphql-middleware for the root fields taking an `ID` argument directly (`person(id:)`): a
 * malformed id is a BAD_USER_INPUT naming the argument, not a silent `null`. Ids inside input
 * objects are checked by class-validator's `@IsUUID()` on the input class.
 */
export function idArgumentChecks(schema: GraphQLSchema): Record<string, Record<string, IMiddlewareResolver>> {
  const checks: Record<string, Record<string, IMiddlewareResolver>> = {};
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    if (!root) continue;
    for (const field of Object.values(root.getFields())) {
      const idArgs = field.args.filter((arg) => {
        const named = getNamedType(arg.type);
        return isScalarType(named) && named.name === 'ID';
      });
      if (field.name.startsWith('_') || idArgs.length === 0) continue;
      (checks[root.name] ??= {})[field.name] = (resolve, parent, args, context, info) => {
        const bad = idArgs
          .filter((arg) => args[arg.name] !== undefined && args[arg.name] !== null)
          .filter((arg) => [args[arg.name]].flat().some((value: unknown) => typeof value !== 'string' || !UUID.test(value)))
          .map((arg) => arg.name);
        if (bad.length) throw malformed(bad);
        return resolve(parent, args, context, info);
      };
    }
  }
  return checks;
}
