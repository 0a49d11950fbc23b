import { currentUniversalCreditRates, type UniversalCreditRates } from './universal-credit-rates';

/**
 * "Better off in work": the person's monthly income now (out of work) and in a job of so many hours at so much an
 * hour, under Universal Credit. A pure function of the circumstances and one tax year's rates; all money in integer
 * pence a month.
 *
 * What it models: standard allowance by age and couple; child elements with the two-child limit (children born
 * before 6 April 2017 always count, the eldest at the higher rate); the LCWRA element; the housing element as the
 * eligible housing costs the adviser enters (after any LHA cap or non-dependant deduction); the childcare element in
 * work (85% of costs up to the cap for one child or for two or more children in the household; for a couple only
 * when the partner also has earnings); the work allowance for a claim with children or limited capability for work,
 * lower with a housing element; the 55% taper on net earnings above it; other unearned income deducted in full.
 * Earnings: gross = hours a week × hourly wage × 52 ÷ 12, less income tax (England, Wales and Northern Ireland
 * bands; not Scotland's, not the personal-allowance taper above £100,000 a year) and employee Class 1 National
 * Insurance. Pension contributions are ignored: a workplace pension would lower net earnings, and so raise UC.
 *
 * Not modelled: the benefit cap, the minimum income floor, capital, surplus earnings, the carer element, partner
 * exceptions to the childcare rule, Child Benefit and other income UC ignores (it is the same in and out of work,
 * so the gain is unchanged).
 *
 * Rounding, to whole pence: gross earnings and income tax round down (as PAYE does); National Insurance to the
 * nearest penny with a half rounding down (HMRC's exact-percentage method); UC amounts (the taper, the childcare
 * element) to the nearest penny with a half rounding up (Universal Credit Regulations 2013, reg. 6); the gain per
 * hour to the nearest penny, a half up.
 */
export type LimitedCapability = 'NONE' | 'LCW' | 'LCWRA';
export type BetterOffScenario = 'NOW' | 'IN_WORK';

export interface BetterOffCircumstances {
  claimantAge: number;
  couple: boolean;
  /** Only for a couple. */
  partnerAge: number | null;
  /** A couple's partner's own net earnings a month, the same now and in work; 0 when none or single. */
  partnerMonthlyNetEarningsPence: number;
  children: number;
  childrenBornBefore6April2017: number;
  /** The claimant's, or for a couple either partner's: LCW brings the work allowance, LCWRA also its element. */
  limitedCapability: LimitedCapability;
  /** Eligible rent a month for the housing element; null or 0: no housing element. */
  monthlyHousingCostsPence: number | null;
  /** Childcare the claimant would pay a month in work (none now). */
  monthlyChildcareCostsPence: number;
  /** At most two decimal places. */
  hoursPerWeek: number;
  hourlyWagePence: number;
  /** Unearned income UC deducts in full (e.g. new-style JSA or ESA, Carer's Allowance, a pension), the same now and in work. */
  otherMonthlyIncomePence: number;
}

/** One line of the working an adviser reads out: amounts added (positive) or taken off (negative), then a total. */
export interface BreakdownLine {
  scenario: BetterOffScenario;
  label: string;
  pence: number;
  isTotal: boolean;
}

export interface BetterOffResult {
  ratesTaxYear: string;
  universalCreditNowPence: number;
  universalCreditInWorkPence: number;
  grossMonthlyEarningsPence: number;
  incomeTaxPence: number;
  nationalInsurancePence: number;
  netMonthlyEarningsPence: number;
  totalMonthlyIncomeNowPence: number;
  /** Net earnings, partner's earnings, UC and other income, less the childcare costs paid in work. */
  totalMonthlyIncomeInWorkPence: number;
  monthlyGainPence: number;
  gainPerHourPence: number;
  breakdown: BreakdownLine[];
}

const roundDown = (numerator: number, denominator: number) => Math.floor(numerator / denominator);
const roundHalfUp = (numerator: number, denominator: number) => Math.floor((2 * numerator + denominator) / (2 * denominator));
const roundHalfDown = (numerator: number, denominator: number) => Math.ceil((2 * numerator - denominator) / (2 * denominator));

/** £1,234.56, for the labels. */
export function pounds(pence: number): string {
  const whole = Math.floor(Math.abs(pence) / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${pence < 0 ? '-' : ''}£${whole}.${String(Math.abs(pence) % 100).padStart(2, '0')}`;
}

type Line = Omit<BreakdownLine, 'scenario'>;
const amount = (label: string, pence: number): Line => ({ label, pence, isTotal: false });
/** A deduction as a negative amount (0 - x: never the -0 that -x gives for nothing deducted). */
const deduction = (label: string, pence: number): Line => amount(label, 0 - pence);
const total = (label: string, pence: number): Line => ({ label, pence, isTotal: true });

export function grossMonthlyEarnings(hoursPerWeek: number, hourlyWagePence: number): number {
  const hundredthsOfHours = Math.round(hoursPerWeek * 100);
  return roundDown(hundredthsOfHours * hourlyWagePence * 52, 100 * 12);
}

export function deductionsFromPay(grossPence: number, rates: UniversalCreditRates) {
  const { incomeTax: tax, nationalInsurance: ni } = rates;
  const taxable = Math.max(0, grossPence - tax.personalAllowance);
  const basic = Math.min(taxable, tax.basicRateBand);
  const incomeTax = roundDown(basic * tax.basicRatePercent + (taxable - basic) * tax.higherRatePercent, 100);
  const main = Math.min(Math.max(0, grossPence - ni.primaryThreshold), ni.upperEarningsLimit - ni.primaryThreshold);
  const upper = Math.max(0, grossPence - ni.upperEarningsLimit);
  const nationalInsurance = roundHalfDown(main * ni.mainRatePercent + upper * ni.upperRatePercent, 100);
  return { incomeTax, nationalInsurance };
}

function standardAllowance(c: BetterOffCircumstances, rates: UniversalCreditRates): Line {
  const { standardAllowance: sa } = rates;
  if (c.couple) {
    return c.claimantAge >= 25 || (c.partnerAge ?? 0) >= 25
      ? amount('Standard allowance (couple, one or both 25 or over)', sa.coupleOneOrBoth25OrOver)
      : amount('Standard allowance (couple, both under 25)', sa.coupleBothUnder25);
  }
  return c.claimantAge >= 25
    ? amount('Standard allowance (single, 25 or over)', sa.single25OrOver)
    : amount('Standard allowance (single, under 25)', sa.singleUnder25);
}

function childElements(c: BetterOffCircumstances, rates: UniversalCreditRates): Line[] {
  const { childElement: rate } = rates;
  const counted = rate.limit === null ? c.children : Math.max(c.childrenBornBefore6April2017, Math.min(c.children, rate.limit));
  const lines: Line[] = [];
  for (let child = 1; child <= counted; child += 1) {
    lines.push(
      child === 1 && c.childrenBornBefore6April2017 > 0
        ? amount('Child element, child 1 (born before 6 April 2017)', rate.firstChildBornBefore6April2017)
        : amount(`Child element, child ${child}`, rate.everyOtherChild),
    );
  }
  if (counted < c.children) {
    const which = counted + 1 === c.children ? `child ${c.children}` : `children ${counted + 1} to ${c.children}`;
    lines.push(amount(`No child element for ${which} (two-child limit)`, 0));
  }
  return lines;
}

function childcareElement(c: BetterOffCircumstances, rates: UniversalCreditRates): Line[] {
  if (c.children === 0 || c.monthlyChildcareCostsPence === 0) return [];
  if (c.couple && c.partnerMonthlyNetEarningsPence === 0) {
    return [amount("No childcare element: for a couple it needs both partners in paid work", 0)];
  }
  const { childcare } = rates;
  const cap = c.children === 1 ? childcare.maximumOneChild : childcare.maximumTwoOrMoreChildren;
  const share = roundHalfUp(c.monthlyChildcareCostsPence * childcare.percentOfCosts, 100);
  return [
    amount(
      `Childcare element: ${childcare.percentOfCosts}% of ${pounds(c.monthlyChildcareCostsPence)} childcare costs, up to ${pounds(cap)}`,
      Math.min(share, cap),
    ),
  ];
}

const hasHousingElement = (c: BetterOffCircumstances) => (c.monthlyHousingCostsPence ?? 0) > 0;

function workAllowance(c: BetterOffCircumstances, rates: UniversalCreditRates): number {
  if (c.children === 0 && c.limitedCapability === 'NONE') return 0;
  return hasHousingElement(c) ? rates.workAllowance.withHousingElement : rates.workAllowance.withoutHousingElement;
}

/** The UC award for one scenario: maximum UC, less the taper on `earnedPence` and unearned income in full. */
function universalCredit(c: BetterOffCircumstances, rates: UniversalCreditRates, earnedPence: number, inWork: boolean) {
  const elements: Line[] = [
    standardAllowance(c, rates),
    ...childElements(c, rates),
    ...(c.limitedCapability === 'LCWRA'
      ? [amount('LCWRA element (limited capability for work and work-related activity)', rates.limitedCapabilityForWorkAndWorkRelatedActivity)]
      : []),
    ...(hasHousingElement(c) ? [amount('Housing element (eligible housing costs)', c.monthlyHousingCostsPence!)] : []),
    ...(inWork ? childcareElement(c, rates) : []),
  ];
  const maximum = elements.reduce((sum, line) => sum + line.pence, 0);
  const lines = [...elements, total('Maximum Universal Credit', maximum)];

  let deducted = 0;
  if (earnedPence > 0) {
    const allowance = workAllowance(c, rates);
    const aboveAllowance = Math.max(0, earnedPence - allowance);
    const taper = roundHalfUp(aboveAllowance * rates.taperPercent, 100);
    lines.push(
      deduction(
        allowance > 0
          ? `Earnings taper: ${rates.taperPercent}% of ${pounds(aboveAllowance)} (net earnings ${pounds(earnedPence)} less the ${pounds(allowance)} work allowance)`
          : `Earnings taper: ${rates.taperPercent}% of net earnings ${pounds(earnedPence)} (no work allowance)`,
        taper,
      ),
    );
    deducted += taper;
  }
  if (c.otherMonthlyIncomePence > 0) {
    lines.push(deduction('Other unearned income, deducted in full', c.otherMonthlyIncomePence));
    deducted += c.otherMonthlyIncomePence;
  }
  const award = Math.max(0, maximum - deducted);
  lines.push(total(award === 0 && maximum > 0 ? 'Universal Credit (nil: deductions exceed the maximum)' : 'Universal Credit', award));
  return { award, lines };
}

function income(label: string, parts: Array<[string, number]>) {
  const lines = parts.filter(([, pence]) => pence !== 0).map(([name, pence]) => amount(name, pence));
  const sum = lines.reduce((running, line) => running + line.pence, 0);
  return { sum, lines: [...lines, total(label, sum)] };
}

export function calculateBetterOff(
  c: BetterOffCircumstances,
  rates: UniversalCreditRates = currentUniversalCreditRates,
): BetterOffResult {
  const partner = c.couple ? c.partnerMonthlyNetEarningsPence : 0;
  const circumstances = { ...c, partnerMonthlyNetEarningsPence: partner };

  const now = universalCredit(circumstances, rates, partner, false);
  const incomeNow = income('Monthly income now', [
    ["Partner's net earnings", partner],
    ['Universal Credit', now.award],
    ['Other unearned income', c.otherMonthlyIncomePence],
  ]);

  const gross = grossMonthlyEarnings(c.hoursPerWeek, c.hourlyWagePence);
  const { incomeTax, nationalInsurance } = deductionsFromPay(gross, rates);
  const net = gross - incomeTax - nationalInsurance;
  const earnings: Line[] = [
    amount(`Gross earnings: ${c.hoursPerWeek} hours a week at ${pounds(c.hourlyWagePence)} an hour, × 52 ÷ 12`, gross),
    deduction('Income tax', incomeTax),
    deduction('National Insurance', nationalInsurance),
    total('Net earnings', net),
  ];
  const inWork = universalCredit(circumstances, rates, net + partner, true);
  const incomeInWork = income('Monthly income in work', [
    ['Net earnings', net],
    ["Partner's net earnings", partner],
    ['Universal Credit', inWork.award],
    ['Other unearned income', c.otherMonthlyIncomePence],
    ['Childcare costs paid', 0 - c.monthlyChildcareCostsPence],
  ]);

  const gain = incomeInWork.sum - incomeNow.sum;
  const hundredthsOfHours = Math.round(c.hoursPerWeek * 100);
  const scenario = (name: BetterOffScenario) => (line: Line): BreakdownLine => ({ scenario: name, ...line });
  return {
    ratesTaxYear: rates.taxYear,
    universalCreditNowPence: now.award,
    universalCreditInWorkPence: inWork.award,
    grossMonthlyEarningsPence: gross,
    incomeTaxPence: incomeTax,
    nationalInsurancePence: nationalInsurance,
    netMonthlyEarningsPence: net,
    totalMonthlyIncomeNowPence: incomeNow.sum,
    totalMonthlyIncomeInWorkPence: incomeInWork.sum,
    monthlyGainPence: gain,
    // gain ÷ (hours a week × 52 ÷ 12)
    gainPerHourPence: roundHalfUp(gain * 12 * 100, hundredthsOfHours * 52),
    breakdown: [
      ...[...now.lines, ...incomeNow.lines].map(scenario('NOW')),
      ...[...earnings, ...inWork.lines, ...incomeInWork.lines].map(scenario('IN_WORK')),
    ],
  };
}
