import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { WelfareRightsContext } from './welfare-rights.context';
import { BetterOffCalculation, BetterOffLine } from './better-off-calculation.type';
import { Guarded } from '../kit/consent-decorators';

@Resolver(() => BetterOffCalculation)
export class BetterOffCalculationResolver {
  @Guarded('finances')
  @FieldResolver(() => [BetterOffLine], { description: 'The working line by line, now and then in work, in the order an adviser reads it out.' })
  async breakdown(@Root() calculation: BetterOffCalculation, @Ctx() { loaders }: WelfareRightsContext) {
    const lines = await loaders.betterOffLinesByCalculation.load(calculation.id);
    return lines.map((line) => ({ ...line, personId: calculation.personId }));
  }
}
