import type { WelfareRightsDb } from '../../subgraphs/welfare-rights/database';
import { demoPeople, demoStaff } from '../demo-people';
import { betterOffCalculationData } from '../../subgraphs/welfare-rights/better-off-calculation.record';
import { calculateBetterOff, type BetterOffCircumstances } from '../../subgraphs/welfare-rights/universal-credit-calculation';

const { darren, kayleigh, jordan, maggie, tomasz } = demoPeople;
const adviser = demoStaff.gareth.subject;

/**
 * Amounts are in pence as the adviser recorded them, at that tax year's rates (UC standard allowance, single 25+:
 * £400.14 a month in 2025/26, £424.90 in 2026/27) and net of deductions: what actually reaches the person.
 */
/** Darren, offered 37.5 hours at the National Living Wage; his rent is met by housing benefit, so UC has no housing element. */
const darrenInWork: BetterOffCircumstances = {
  claimantAge: 35,
  couple: false,
  partnerAge: null,
  partnerMonthlyNetEarningsPence: 0,
  children: 0,
  childrenBornBefore6April2017: 0,
  limitedCapability: 'NONE',
  monthlyHousingCostsPence: null,
  monthlyChildcareCostsPence: 0,
  hoursPerWeek: 37.5,
  hourlyWagePence: 1221,
  otherMonthlyIncomePence: 0,
};

export async function seed(db: WelfareRightsDb): Promise<void> {
  await db.$transaction([
    db.welfareRecord.createMany({
      data: [
        { personId: darren.id, householdType: 'SINGLE', housingTenure: 'TEMPORARY', notes: 'Released 3 August 2026; in supported accommodation while bidding for a tenancy.', updatedBy: adviser },
        { personId: kayleigh.id, householdType: 'SINGLE', housingTenure: 'SOCIAL_RENT', notes: 'Council tenancy since 2023; in recovery.', updatedBy: adviser },
        { personId: jordan.id, householdType: 'SINGLE', housingTenure: 'SOCIAL_RENT', notes: 'Care leaver: exempt from council tax to 25. First tenancy from January 2026.', updatedBy: adviser },
        { personId: maggie.id, householdType: 'SINGLE', housingTenure: 'SOCIAL_RENT', notes: 'Rarely leaves home; phone appointments with her wellbeing adviser present.', updatedBy: adviser },
        { personId: tomasz.id, householdType: 'SINGLE_WITH_CHILDREN', housingTenure: 'PRIVATE_RENT', notes: 'Sole carer of two children (9 and 6).', updatedBy: adviser },
      ],
    }),
    db.benefitAward.createMany({
      data: [
        // £424.90 less advance recovery (£16.67) and the fines deduction (£21.24).
        { personId: darren.id, benefit: 'UNIVERSAL_CREDIT', amountPence: 38699, period: 'MONTHLY', startedOn: '2026-08-04', recordedBy: adviser },
        { personId: darren.id, benefit: 'HOUSING_BENEFIT', amountPence: 19850, period: 'WEEKLY', startedOn: '2026-08-04', recordedBy: adviser },
        // Recorded March 2026: £400.14 + housing £413.40, less £40.01 paid to the landlord towards the arrears.
        { personId: kayleigh.id, benefit: 'UNIVERSAL_CREDIT', amountPence: 77353, period: 'MONTHLY', startedOn: '2023-05-15', recordedBy: adviser },
        { personId: kayleigh.id, benefit: 'PERSONAL_INDEPENDENCE_PAYMENT', amountPence: 29560, period: 'FOUR_WEEKLY', startedOn: '2025-01-20', recordedBy: adviser },
        // Under-25 rate £316.98 + one-bedroom housing costs £368.42 (care leavers under 22 escape the shared rate).
        { personId: jordan.id, benefit: 'UNIVERSAL_CREDIT', amountPence: 68540, period: 'MONTHLY', startedOn: '2025-07-21', recordedBy: adviser },
        // Income-related ESA, support group, until managed migration to UC.
        { personId: maggie.id, benefit: 'EMPLOYMENT_SUPPORT_ALLOWANCE', amountPence: 28110, period: 'FORTNIGHTLY', startedOn: '2016-04-11', endedOn: '2025-09-28', recordedBy: adviser },
        // £400.14 + LCWRA £423.27 + housing £382.20.
        { personId: maggie.id, benefit: 'UNIVERSAL_CREDIT', amountPence: 120561, period: 'MONTHLY', startedOn: '2025-09-29', recordedBy: adviser },
        { personId: maggie.id, benefit: 'COUNCIL_TAX_REDUCTION', amountPence: 2401, period: 'WEEKLY', startedOn: '2026-09-14', recordedBy: adviser },
        // £400.14 + child elements £339.00 and £292.81 + housing (LHA, two bedrooms) £550.02.
        { personId: tomasz.id, benefit: 'UNIVERSAL_CREDIT', amountPence: 158197, period: 'MONTHLY', startedOn: '2025-11-03', recordedBy: adviser },
        { personId: tomasz.id, benefit: 'CHILD_BENEFIT', amountPence: 17320, period: 'FOUR_WEEKLY', startedOn: '2016-03-07', recordedBy: adviser },
        { personId: tomasz.id, benefit: 'COUNCIL_TAX_REDUCTION', amountPence: 2650, period: 'WEEKLY', startedOn: '2025-11-03', recordedBy: adviser },
      ],
    }),
    db.debt.createMany({
      data: [
        { personId: darren.id, creditor: 'HM Courts & Tribunals Service', debtType: 'MAGISTRATES_FINE', amountPence: 42000, priority: 'PRIORITY', status: 'REPAYMENT_PLAN', monthlyRepaymentPence: 2124, recordedOn: '2026-08-12', recordedBy: adviser },
        { personId: kayleigh.id, creditor: 'Newcastle City Council housing', debtType: 'RENT_ARREARS', amountPence: 114680, priority: 'PRIORITY', status: 'REPAYMENT_PLAN', monthlyRepaymentPence: 4001, recordedOn: '2026-03-04', recordedBy: adviser },
        { personId: maggie.id, creditor: 'North Tyneside Council', debtType: 'COUNCIL_TAX', amountPence: 48652, priority: 'PRIORITY', status: 'REPAYMENT_PLAN', monthlyRepaymentPence: 2000, recordedOn: '2026-09-10', recordedBy: adviser },
        { personId: tomasz.id, creditor: 'E.ON Next', debtType: 'ENERGY', amountPence: 86437, priority: 'PRIORITY', status: 'OPEN', recordedOn: '2025-12-01', recordedBy: adviser },
      ],
    }),
    db.financialSupport.createMany({
      data: [
        { personId: darren.id, kind: 'BANK_ACCOUNT_OPENED', description: 'Basic bank account opened with his prison-leaver ID letter so UC could be paid.', givenOn: '2026-08-05', annualGainPence: null, adviser },
        { personId: darren.id, kind: 'BENEFIT_CHECK', description: 'Benefit check after release: UC with a £400 advance, housing benefit for supported accommodation, fine repaid from UC instead of enforcement.', givenOn: '2026-08-12', annualGainPence: 509880, adviser },
        { personId: kayleigh.id, kind: 'DEBT_ADVICE', description: 'Rent arrears repaid from UC straight to the landlord; notice seeking possession withdrawn.', givenOn: '2026-03-04', annualGainPence: null, adviser },
        { personId: kayleigh.id, kind: 'GRANT_APPLICATION', description: 'Council crisis support application for a cooker and a bed; £430 awarded as goods.', givenOn: '2026-09-22', annualGainPence: 43000, adviser },
        { personId: jordan.id, kind: 'BENEFIT_CHECK', description: 'UC checked after moving into his first tenancy: housing costs added at the one-bedroom rate.', givenOn: '2026-01-14', annualGainPence: 442104, adviser },
        { personId: maggie.id, kind: 'BENEFIT_CHECK', description: 'Council tax reduction stopped when ESA ended; reclaimed and backdated.', givenOn: '2026-09-10', annualGainPence: 124852, adviser },
        { personId: maggie.id, kind: 'DEBT_ADVICE', description: 'Council tax arrears: £20 a month agreed with the council, recovery action paused.', givenOn: '2026-09-24', annualGainPence: null, adviser },
        { personId: tomasz.id, kind: 'BENEFIT_CHECK', description: 'Council tax reduction unclaimed since the job ended: claimed and backdated; Warm Home Discount applied for.', givenOn: '2025-12-01', annualGainPence: 152800, adviser },
        { personId: tomasz.id, kind: 'FUEL_VOUCHER', description: 'Fuel voucher for the prepayment meter while the energy debt is negotiated.', givenOn: '2025-12-01', annualGainPence: null, adviser },
      ],
    }),
    db.betterOffCalculation.create({
      data: betterOffCalculationData(darren.id, darrenInWork, calculateBetterOff(darrenInWork), adviser),
    }),
  ]);
}
