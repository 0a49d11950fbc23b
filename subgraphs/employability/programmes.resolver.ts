import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { EmployabilityContext } from './employability.context';
import { Programme } from './programme.type';

@Resolver(() => Programme)
export class ProgrammesResolver {
  @Query(() => [Programme], { description: 'The catalogue of employability programmes, by name.' })
  programmes(@Ctx() { db }: EmployabilityContext) {
    return db.programme.findMany({ orderBy: [{ name: 'asc' }, { id: 'asc' }] });
  }

  @Query(() => Programme, { nullable: true, description: 'One programme by id.' })
  programme(@Arg('id', () => ID) id: string, @Ctx() { loaders }: EmployabilityContext) {
    return loaders.programmeById.load(id);
  }
}
