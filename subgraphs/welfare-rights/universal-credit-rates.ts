/**
 * Every rate the better-off calculation uses, for one tax year, in integer pence a month (percentages as whole
 * numbers). The calculation reads no figure from anywhere else, and each stored calculation records the `taxYear`
 * it was worked out at.
 *
 * Sources:
 * - DWP, "Benefit and pension rates 2025 to 2026" (gov.uk): Universal Credit standard allowance, elements, work
 *   allowances and taper.
 * - HMRC, "Rates and thresholds for employers 2025 to 2026" (gov.uk): income tax personal allowance and bands,
 *   employee Class 1 National Insurance thresholds and rates.
 *
 * REPLACE WITH 2026-27: these are the 2025-26 rates. When an adviser confirms the 2026-27 figures from the same two
 * gov.uk pages (they could not be fetched where this was written), put them here, change `taxYear` and `sources`,
 * and re-check `childElement.limit`: the two-child limit was announced to end from April 2026 (set it to null).
 * Calculations already stored keep the figures and the tax year they were worked out with.
 */
export interface UniversalCreditRates {
  taxYear: string;
  sources: readonly string[];
  standardAllowance: {
    singleUnder25: number;
    single25OrOver: number;
    coupleBothUnder25: number;
    coupleOneOrBoth25OrOver: number;
  };
  /** Earnings UC ignores before the taper, only for a claim with children or limited capability for work. */
  workAllowance: { withHousingElement: number; withoutHousingElement: number };
  taperPercent: number;
  childElement: {
    /** The eldest child, when born before 6 April 2017. */
    firstChildBornBefore6April2017: number;
    everyOtherChild: number;
    /** Children born on or after 6 April 2017 get an element only while fewer than this many are counted; null: no limit. */
    limit: number | null;
  };
  childcare: { percentOfCosts: number; maximumOneChild: number; maximumTwoOrMoreChildren: number };
  limitedCapabilityForWorkAndWorkRelatedActivity: number;
  /** England, Wales and Northern Ireland rates; Scottish income tax is not modelled. */
  incomeTax: { personalAllowance: number; basicRatePercent: number; basicRateBand: number; higherRatePercent: number };
  /** Employee Class 1 National Insurance. */
  nationalInsurance: { primaryThreshold: number; mainRatePercent: number; upperEarningsLimit: number; upperRatePercent: number };
}

export const universalCreditRates2025to26: UniversalCreditRates = {
  taxYear: '2025-26',
  sources: [
    'https://www.gov.uk/government/publications/benefit-and-pension-rates-2025-to-2026',
    'https://www.gov.uk/guidance/rates-and-thresholds-for-employers-2025-to-2026',
  ],
  standardAllowance: {
    singleUnder25: 31698, // £316.98
    single25OrOver: 40014, // £400.14
    coupleBothUnder25: 49755, // £497.55
    coupleOneOrBoth25OrOver: 62810, // £628.10
  },
  workAllowance: {
    withHousingElement: 41100, // £411.00
    withoutHousingElement: 68400, // £684.00
  },
  taperPercent: 55,
  childElement: {
    firstChildBornBefore6April2017: 33900, // £339.00
    everyOtherChild: 29281, // £292.81
    limit: 2,
  },
  childcare: {
    percentOfCosts: 85,
    maximumOneChild: 103188, // £1,031.88
    maximumTwoOrMoreChildren: 176894, // £1,768.94
  },
  limitedCapabilityForWorkAndWorkRelatedActivity: 42327, // £423.27
  incomeTax: {
    personalAllowance: 104750, // £12,570 a year ÷ 12
    basicRatePercent: 20,
    basicRateBand: 314167, // £37,700 a year ÷ 12, to the nearest penny
    higherRatePercent: 40,
  },
  nationalInsurance: {
    primaryThreshold: 104800, // £1,048 a month (HMRC's monthly figure for £12,570 a year)
    mainRatePercent: 8,
    upperEarningsLimit: 418900, // £4,189 a month (£50,270 a year)
    upperRatePercent: 2,
  },
};

/** The rates new calculations use. */
export const currentUniversalCreditRates = universalCreditRates2025to26;
