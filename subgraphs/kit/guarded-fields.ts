import type { ConstDirectiveNode, FieldDefinitionNode, ObjectTypeDefinitionNode, ObjectTypeExtensionNode } from 'graphql';

/**
 * Reads the consent directives off SDL: which category guards a field, if any. One reading,
 * shared by the subgraph kit (nullability, shield rules), composition checks and the report.
 */
type ObjectNode = ObjectTypeDefinitionNode | ObjectTypeExtensionNode;

function directiveCategory(directives: readonly ConstDirectiveNode[] | undefined): string | null {
  const consent = directives?.find((directive) => directive.name.value === 'consent');
  const argument = consent?.arguments?.find((arg) => arg.name.value === 'category');
  return argument && argument.value.kind === 'StringValue' ? argument.value.value : null;
}

export function isMarkedNotPersonal(field: FieldDefinitionNode): boolean {
  return Boolean(field.directives?.some((directive) => directive.name.value === 'noPersonalData'));
}

/** The category that guards a field: its own `@consent`, else its type's, unless it is `@noPersonalData`. */
export function guardingCategory(type: ObjectNode, field: FieldDefinitionNode): string | null {
  if (isMarkedNotPersonal(field)) return null;
  return directiveCategory(field.directives) ?? directiveCategory(type.directives);
}

/** A person's record: the `Person` entity, or any type that says whose it is with `personId`. */
export function isPersonalRecordType(type: ObjectNode): boolean {
  return type.name.value === 'Person' || Boolean(type.fields?.some((field) => field.name.value === 'personId'));
}
