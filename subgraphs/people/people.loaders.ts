import { loadOneEach } from '../kit/loaders';
import type { PeopleDb } from './database';

export function createPeopleLoaders(db: PeopleDb) {
  return {
    personById: loadOneEach(
      (ids: string[]) => db.person.findMany({ where: { id: { in: ids } } }),
      (person) => person.id,
    ),
  };
}

export type PeopleLoaders = ReturnType<typeof createPeopleLoaders>;
