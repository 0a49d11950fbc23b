import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { NoPersonalData } from './consent-decorators';

/**
 * The shared `Person` entity as every subgraph but `people` sees it: only its key. An agency
 * subgraph adds its one namespaced field (`Person.careers`, ...) with a field resolver.
 *
 * Each subgraph defines its own class with this factory (in its `person.stub.ts`): type-graphql
 * keeps field-resolver metadata on the class, so one class shared by all subgraphs would give
 * each subgraph every other subgraph's `Person` fields.
 */
export function definePersonStub() {
  @Directive('@key(fields: "id")')
  @ObjectType('Person')
  class PersonStub {
    @NoPersonalData()
    @Field(() => ID)
    id: string;
  }
  return PersonStub;
}

/** Nothing to load: the person's identity lives in `people`; the id is all this subgraph needs. */
export const personStubReference = {
  __resolveReference: (reference: { id: string }) => ({ id: reference.id }),
};
