import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { WelfareRightsContext } from './welfare-rights.context';
import { BenefitAward } from './benefit-award.type';
import { BetterOffCalculation } from './better-off-calculation.type';
import { Debt } from './debt.type';
import { FinancialSupport } from './financial-support.type';
import { WelfareRecord } from './welfare-record.type';
import { Guarded } from '../kit/consent-decorators';

@Resolver(() => WelfareRecord)
export class WelfareRecordResolver {
  @Guarded('benefits')
  @FieldResolver(() => [BenefitAward])
  benefitAwards(@Root() record: WelfareRecord, @Ctx() { loaders }: WelfareRightsContext) {
    return loaders.benefitAwardsByPerson.load(record.personId);
  }

  @Guarded('finances')
  @FieldResolver(() => [Debt])
  debts(@Root() record: WelfareRecord, @Ctx() { loaders }: WelfareRightsContext) {
    return loaders.debtsByPerson.load(record.personId);
  }

  @Guarded('finances')
  @FieldResolver(() => [FinancialSupport])
  financialSupport(@Root() record: WelfareRecord, @Ctx() { loaders }: WelfareRightsContext) {
    return loaders.financialSupportByPerson.load(record.personId);
  }

  @Guarded('finances')
  @FieldResolver(() => [BetterOffCalculation], { description: 'Better-off-in-work calculations, the newest first.' })
  betterOffCalculations(@Root() record: WelfareRecord, @Ctx() { loaders }: WelfareRightsContext) {
    return loaders.betterOffCalculationsByPerson.load(record.personId);
  }
}
