import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { WelfareRightsContext } from './welfare-rights.context';
import { BetterOffInput } from './better-off.input';
import { BetterOffCalculation } from './better-off-calculation.type';
import { betterOffCalculationData } from './better-off-calculation.record';
import { calculateBetterOff, type BetterOffCircumstances } from './universal-credit-calculation';
import { openRecord } from './welfare-rights.mutations';

const circumstancesOf = ({ personId: _personId, ...input }: BetterOffInput): BetterOffCircumstances => ({
  ...input,
  partnerAge: input.partnerAge ?? null,
  monthlyHousingCostsPence: input.monthlyHousingCostsPence ?? null,
});

@Resolver()
export class BetterOffMutations {
  @Mutation(() => BetterOffCalculation, {
    description:
      "Works out whether the person would be better off in a job of so many hours at so much an hour, under Universal Credit at the current tax year's rates, and stores the calculation on their welfare record.",
  })
  calculateBetterOff(@Arg('input') input: BetterOffInput, @Ctx() { db, caller }: WelfareRightsContext) {
    const circumstances = circumstancesOf(input);
    const data = betterOffCalculationData(input.personId, circumstances, calculateBetterOff(circumstances), caller.subject);
    return db.$transaction(async (tx) => {
      await openRecord(tx, input.personId, caller.subject);
      return tx.betterOffCalculation.create({ data });
    });
  }
}
