import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { BetterOffScenario, LimitedCapabilityForWork } from './welfare-rights.enums';
import { Guarded, NoPersonalData } from '../kit/consent-decorators';

/**
 * Guarded as `finances`, not `benefits`: beside the UC entitlement it holds the person's prospective wage, rent,
 * childcare costs and other income, and it is financial-inclusion work like a benefit check (FinancialSupport).
 * Sharing benefit awards does not share these.
 */
@Guarded('finances')
@ObjectType({ description: 'One line of the working: an amount added (positive) or taken off (negative), or a total of the lines before it.' })
export class BetterOffLine {
  @NoPersonalData()
  @Field(() => ID)
  personId: string;

  @Field(() => BetterOffScenario)
  scenario: BetterOffScenario;

  @Field()
  label: string;

  @Field(() => Int)
  pence: number;

  @Field()
  isTotal: boolean;
}

@Guarded('finances')
@ObjectType({
  description:
    'Better off in work: the monthly income now (out of work) and in the job considered, under Universal Credit, with every input, in pence a month.',
})
export class BetterOffCalculation {
  @NoPersonalData()
  @Field(() => ID)
  id: string;

  @NoPersonalData()
  @Field(() => ID)
  personId: string;

  @NoPersonalData()
  @Field({ description: 'The tax year whose rates it was worked out at, e.g. 2025-26.' })
  ratesTaxYear: string;

  @NoPersonalData()
  @Field()
  calculatedAt: Date;

  @Field({ description: 'Staff id of the welfare-rights adviser.' })
  calculatedBy: string;

  @Field(() => Float)
  hoursPerWeek: number;

  @Field(() => Int)
  hourlyWagePence: number;

  @Field(() => Int)
  claimantAge: number;

  @Field()
  couple: boolean;

  @Field(() => Int, { nullable: true })
  partnerAge: number | null;

  @Field(() => Int)
  partnerMonthlyNetEarningsPence: number;

  @Field(() => Int)
  children: number;

  @Field(() => Int)
  childrenBornBefore6April2017: number;

  @Field(() => LimitedCapabilityForWork)
  limitedCapability: LimitedCapabilityForWork;

  @Field(() => Int, { nullable: true })
  monthlyHousingCostsPence: number | null;

  @Field(() => Int)
  monthlyChildcareCostsPence: number;

  @Field(() => Int)
  otherMonthlyIncomePence: number;

  @Field(() => Int)
  universalCreditNowPence: number;

  @Field(() => Int)
  universalCreditInWorkPence: number;

  @Field(() => Int)
  grossMonthlyEarningsPence: number;

  @Field(() => Int)
  incomeTaxPence: number;

  @Field(() => Int)
  nationalInsurancePence: number;

  @Field(() => Int)
  netMonthlyEarningsPence: number;

  @Field(() => Int)
  totalMonthlyIncomeNowPence: number;

  @Field(() => Int, { description: 'Net earnings, partner earnings, UC and other income, less the childcare costs paid in work.' })
  totalMonthlyIncomeInWorkPence: number;

  @Field(() => Int, { description: 'Income in work less income now: negative if the person would be worse off.' })
  monthlyGainPence: number;

  @Field(() => Int, { description: 'The monthly gain per hour worked (hours a week × 52 ÷ 12 hours a month).' })
  gainPerHourPence: number;
}
