import { Directive } from 'type-graphql';
import type { DataCategoryCode } from '../../schema/data-categories';

/**
 * `@Guarded('education')` on a class or a field: reading it needs that category's consent (see
 * schema/consent-directive.ts). On a class, it guards every field that does not say otherwise.
 */
export const Guarded = (category: DataCategoryCode) => Directive(`@consent(category: "${category}")`);

/** A field of a person's record that carries no personal data: an id, a timestamp, a reference code. */
export const NoPersonalData = () => Directive('@noPersonalData');
