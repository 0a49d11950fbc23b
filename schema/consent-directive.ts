/**
 * The consent directives, defined once for every subgraph. `@consent(category:)` on a type or a
 * field says which data category guards it (a field's own directive wins over its type's);
 * `@noPersonalData` marks a field of a person's record that needs no consent (ids, timestamps,
 * an agency's own reference codes). Both are composed into the supergraph (`@composeDirective`),
 * so the supergraph alone states the access rule of every field.
 */
export const CONSENT_SPEC_URL = 'https://one-story-hub.org/consent/v1.0';

export const CONSENT_DIRECTIVES_SDL = `
directive @consent(category: String!) on FIELD_DEFINITION | OBJECT
directive @noPersonalData on FIELD_DEFINITION
`;

export const CONSENT_LINK = `@link(url: "${CONSENT_SPEC_URL}", import: ["@consent", "@noPersonalData"]) @composeDirective(name: "@consent") @composeDirective(name: "@noPersonalData")`;
