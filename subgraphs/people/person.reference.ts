import type { PeopleContext } from './people.context';
import type { Person } from './person.type';

export const personReference = {
  __resolveReference: (reference: Pick<Person, 'id'>, { loaders }: PeopleContext) =>
    loaders.personById.load(reference.id),
};
