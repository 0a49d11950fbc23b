import { Kind, type DocumentNode } from 'graphql';
import { guardingCategory, isMarkedNotPersonal, isPersonalRecordType } from '../subgraphs/kit/guarded-fields';
import { dataCategoryCodes } from './data-categories';

/**
 * What composition refuses: a field guarded by a category the registry lacks, or a field of a
 * person's record that says neither which category guards it nor that it holds no personal data.
 */
export function consentCoverageGaps(subgraph: string, sdl: DocumentNode): string[] {
  const gaps: string[] = [];
  for (const type of sdl.definitions) {
    if (type.kind !== Kind.OBJECT_TYPE_DEFINITION && type.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    const personal = isPersonalRecordType(type);
    for (const field of type.fields ?? []) {
      const where = `${type.name.value}.${field.name.value} (subgraph ${subgraph})`;
      const category = guardingCategory(type, field);
      if (category !== null && !dataCategoryCodes.includes(category)) {
        gaps.push(`${where} uses category "${category}", which schema/data-categories.ts does not define`);
      } else if (personal && category === null && !isMarkedNotPersonal(field)) {
        gaps.push(`${where} is a field of a person's record with neither @consent(category:) nor @noPersonalData`);
      }
    }
  }
  return gaps;
}
