import { demoPeople } from '../prisma/demo-people';
import {
  calculateBetterOff,
  deductionsFromPay,
  grossMonthlyEarnings,
  type BetterOffCircumstances,
} from '../subgraphs/welfare-rights/universal-credit-calculation';
import { universalCreditRates2025to26 as rates } from '../subgraphs/welfare-rights/universal-credit-rates';
import { startTestHub, type TestHub } from './support/test-hub';

const { darren, kayleigh, jordan, maggie, tomasz } = demoPeople;

/*
 * The worked examples, by hand, at the 2025-26 rates (all figures in pence a month). Rounding: gross earnings and
 * income tax down to the penny; National Insurance to the nearest penny, a half down; the UC taper and childcare
 * element to the nearest penny, a half up; the gain per hour to the nearest penny.
 */

// 1. Single, 30, renting (eligible rent £500), no children: 16 hours a week at £12.21.
const singleRenting = { claimantAge: 30, couple: false, monthlyHousingCostsPence: 50000, hoursPerWeek: 16, hourlyWagePence: 1221 };
const SINGLE_RENTING = (() => {
  const gross = (16 * 1221 * 52) / 12; // 84656 exactly
  const net = gross; // below the £1,047.50 personal allowance and the £1,048 NI threshold: no tax, no NI
  const ucNow = 40014 + 50000; // standard allowance (single, 25+) + housing element = 90014
  const taper = Math.round(net * 0.55); // 46560.8 -> 46561; no work allowance: no children, no LCW
  const ucInWork = ucNow - taper; // 43453
  const gain = net + ucInWork - ucNow; // 128109 - 90014 = 38095
  return { gross, net, ucNow, ucInWork, gain, perHour: Math.round(gain / ((16 * 52) / 12)) }; // 38095 / 69.33 h = 549.45 -> 549
})();

// 2. A couple (34 and 31), two children (the eldest born in 2015), eligible rent £750; the partner already nets £600
//    a month. The claimant takes 30 hours at £12.50 and pays £600 a month childcare.
const coupleWithChildren = {
  claimantAge: 34,
  couple: true,
  partnerAge: 31,
  partnerMonthlyNetEarningsPence: 60000,
  children: 2,
  childrenBornBefore6April2017: 1,
  monthlyHousingCostsPence: 75000,
  monthlyChildcareCostsPence: 60000,
  hoursPerWeek: 30,
  hourlyWagePence: 1250,
};
const COUPLE_WITH_CHILDREN = (() => {
  const gross = (30 * 1250 * 52) / 12; // 162500 exactly
  const tax = ((162500 - 104750) * 20) / 100; // 57750 above the personal allowance at 20% = 11550
  const ni = ((162500 - 104800) * 8) / 100; // 57700 above the primary threshold at 8% = 4616
  const net = gross - tax - ni; // 146334
  const maximumNow = 62810 + 33900 + 29281 + 75000; // couple 25+, first child (pre-2017), second child, housing = 200991
  const workAllowance = 41100; // children and a housing element: the lower work allowance
  const ucNow = maximumNow - ((60000 - workAllowance) * 55) / 100; // 200991 - 10395 (55% of 18900) = 190596
  const childcare = (60000 * 85) / 100; // 51000, under the £1,768.94 cap for two or more children
  const taperInWork = Math.round((net + 60000 - workAllowance) * 0.55); // 55% of 165234 = 90878.7 -> 90879
  const ucInWork = maximumNow + childcare - taperInWork; // 251991 - 90879 = 161112
  const incomeNow = 60000 + ucNow; // 250596
  const incomeInWork = net + 60000 + ucInWork - 60000; // less the childcare paid: 307446
  const gain = incomeInWork - incomeNow; // 56850
  return { gross, tax, ni, net, ucNow, ucInWork, gain, perHour: Math.round(gain / ((30 * 52) / 12)) }; // 56850 / 130 h = 437.3 -> 437
})();

// 3. Single, 22, living with family (no housing costs), no children: 37.5 hours at £10.00. UC tapers to nothing.
const singleUnder25 = { claimantAge: 22, couple: false, monthlyHousingCostsPence: null, hoursPerWeek: 37.5, hourlyWagePence: 1000 };
const SINGLE_UNDER_25 = (() => {
  const gross = (37.5 * 1000 * 52) / 12; // 162500 exactly
  const net = gross - 11550 - 4616; // tax and NI as in example 2: 146334
  const ucNow = 31698; // standard allowance, single under 25
  const taper = Math.round(net * 0.55); // 80483.7 -> 80484, more than the 31698 maximum
  const ucInWork = Math.max(0, ucNow - taper); // 0
  const gain = net - ucNow; // 114636
  return { gross, net, ucNow, ucInWork, gain, perHour: Math.round(gain / ((37.5 * 52) / 12)) }; // / 162.5 h = 705.45 -> 705
})();

const CALCULATE = `mutation($input: BetterOffInput!) {
  calculateBetterOff(input: $input) {
    id personId ratesTaxYear
    universalCreditNowPence universalCreditInWorkPence grossMonthlyEarningsPence incomeTaxPence nationalInsurancePence
    netMonthlyEarningsPence totalMonthlyIncomeNowPence totalMonthlyIncomeInWorkPence monthlyGainPence gainPerHourPence
  }
}`;

const CALCULATIONS = `query($id: ID!) {
  person(id: $id) {
    welfare {
      householdType
      betterOffCalculations {
        id ratesTaxYear calculatedBy
        claimantAge couple partnerAge partnerMonthlyNetEarningsPence children childrenBornBefore6April2017
        limitedCapability monthlyHousingCostsPence monthlyChildcareCostsPence hoursPerWeek hourlyWagePence otherMonthlyIncomePence
        universalCreditInWorkPence monthlyGainPence
        breakdown { scenario label pence isTotal }
      }
    }
  }
}`;

const NOTHING: BetterOffCircumstances = {
  claimantAge: 30,
  couple: false,
  partnerAge: null,
  partnerMonthlyNetEarningsPence: 0,
  children: 0,
  childrenBornBefore6April2017: 0,
  limitedCapability: 'NONE',
  monthlyHousingCostsPence: null,
  monthlyChildcareCostsPence: 0,
  hoursPerWeek: 16,
  hourlyWagePence: 1221,
  otherMonthlyIncomePence: 0,
};
const calculate = (circumstances: Partial<BetterOffCircumstances>) => calculateBetterOff({ ...NOTHING, ...circumstances }, rates);
const linesOf = (circumstances: Partial<BetterOffCircumstances>, scenario: 'NOW' | 'IN_WORK') =>
  calculate(circumstances).breakdown.filter((line) => line.scenario === scenario).map(({ label, pence }) => [label, pence]);

describe('the better-off calculation, worked out by hand', () => {
  test('the three worked examples', () => {
    for (const [circumstances, expected] of [
      [singleRenting, SINGLE_RENTING],
      [coupleWithChildren, COUPLE_WITH_CHILDREN],
      [singleUnder25, SINGLE_UNDER_25],
    ] as const) {
      const result = calculate(circumstances);
      expect({
        gross: result.grossMonthlyEarningsPence,
        net: result.netMonthlyEarningsPence,
        ucNow: result.universalCreditNowPence,
        ucInWork: result.universalCreditInWorkPence,
        gain: result.monthlyGainPence,
        perHour: result.gainPerHourPence,
      }).toEqual({
        gross: expected.gross,
        net: expected.net,
        ucNow: expected.ucNow,
        ucInWork: expected.ucInWork,
        gain: expected.gain,
        perHour: expected.perHour,
      });
    }
  });

  test('gross earnings round down to the penny: 7.5 hours at £12.21 is £396.825 a month, so £396.82', () => {
    expect(grossMonthlyEarnings(7.5, 1221)).toBe(39682);
  });

  test('higher-rate tax and the NI upper earnings limit, at £5,000 a month', () => {
    // tax: 20% of the £3,141.67 basic band + 40% of the 81083 above it = 62833.4 + 32433.2 = 95266.6 -> 95266
    // NI: 8% from £1,048 to £4,189 (314100 -> 25128) + 2% of the 81100 above = 1622; 26750
    expect(deductionsFromPay(500000, rates)).toEqual({ incomeTax: 95266, nationalInsurance: 26750 });
  });

  test('childcare element is 85% of costs, capped at £1,031.88 for one child', () => {
    const lines = linesOf({ children: 1, monthlyChildcareCostsPence: 150000 }, 'IN_WORK'); // 85% = 127500 > cap
    expect(lines).toContainEqual(['Childcare element: 85% of £1,500.00 childcare costs, up to £1,031.88', 103188]);
  });

  test('a couple gets no childcare element while the partner has no earnings', () => {
    const lines = linesOf({ couple: true, partnerAge: 30, children: 1, monthlyChildcareCostsPence: 40000 }, 'IN_WORK');
    expect(lines).toContainEqual(['No childcare element: for a couple it needs both partners in paid work', 0]);
  });

  test('the two-child limit: a third child born after 6 April 2017 brings no element; children born before it always do', () => {
    expect(linesOf({ children: 3 }, 'NOW').slice(0, 4)).toEqual([
      ['Standard allowance (single, 25 or over)', 40014],
      ['Child element, child 1', 29281],
      ['Child element, child 2', 29281],
      ['No child element for child 3 (two-child limit)', 0],
    ]);
    expect(calculate({ children: 3, childrenBornBefore6April2017: 3 }).universalCreditNowPence).toBe(40014 + 33900 + 29281 + 29281);
  });

  test('LCWRA brings its element and the higher work allowance; other income is deducted in full', () => {
    // 10 h at £12.21: gross 52910, under the £684 work allowance (no housing element): no taper at all.
    const result = calculate({ claimantAge: 40, limitedCapability: 'LCWRA', hoursPerWeek: 10, otherMonthlyIncomePence: 20000 });
    expect(result.universalCreditNowPence).toBe(40014 + 42327 - 20000); // 62341
    expect(result.universalCreditInWorkPence).toBe(62341);
    expect(result.monthlyGainPence).toBe(52910); // every penny earned is kept
  });
});

describe('"better off in work", through the gateway', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  const calculationsOf = async (who: string, personId: string) =>
    (await hub.ask(who, CALCULATIONS, { id: personId })).data.person.welfare.betterOffCalculations as any[];

  test('a welfare-rights adviser works out three households, and the figures match the hand-worked examples', async () => {
    for (const [personId, input, expected] of [
      [kayleigh.id, singleRenting, SINGLE_RENTING],
      [tomasz.id, coupleWithChildren, COUPLE_WITH_CHILDREN],
      [jordan.id, singleUnder25, SINGLE_UNDER_25],
    ] as const) {
      const { data, errors } = await hub.ask('gareth', CALCULATE, { input: { personId, ...input } });
      expect(errors).toEqual([]);
      expect(data.calculateBetterOff).toMatchObject({
        personId,
        ratesTaxYear: '2025-26',
        universalCreditNowPence: expected.ucNow,
        universalCreditInWorkPence: expected.ucInWork,
        grossMonthlyEarningsPence: expected.gross,
        netMonthlyEarningsPence: expected.net,
        monthlyGainPence: expected.gain,
        gainPerHourPence: expected.perHour,
      });
    }
  });

  test("the calculation is on the person's welfare record with its inputs and its working line by line", async () => {
    const [calculation] = await calculationsOf('gareth', kayleigh.id);
    expect(calculation).toMatchObject({
      ratesTaxYear: '2025-26',
      calculatedBy: 'staff-gareth-lloyd',
      claimantAge: 30,
      couple: false,
      partnerAge: null,
      children: 0,
      limitedCapability: 'NONE',
      monthlyHousingCostsPence: 50000,
      monthlyChildcareCostsPence: 0,
      hoursPerWeek: 16,
      hourlyWagePence: 1221,
      universalCreditInWorkPence: 43453,
      monthlyGainPence: 38095,
    });
    expect(calculation.breakdown.map((l: any) => [l.scenario, l.label, l.pence, l.isTotal])).toEqual([
      ['NOW', 'Standard allowance (single, 25 or over)', 40014, false],
      ['NOW', 'Housing element (eligible housing costs)', 50000, false],
      ['NOW', 'Maximum Universal Credit', 90014, true],
      ['NOW', 'Universal Credit', 90014, true],
      ['NOW', 'Universal Credit', 90014, false],
      ['NOW', 'Monthly income now', 90014, true],
      ['IN_WORK', 'Gross earnings: 16 hours a week at £12.21 an hour, × 52 ÷ 12', 84656, false],
      ['IN_WORK', 'Income tax', 0, false],
      ['IN_WORK', 'National Insurance', 0, false],
      ['IN_WORK', 'Net earnings', 84656, true],
      ['IN_WORK', 'Standard allowance (single, 25 or over)', 40014, false],
      ['IN_WORK', 'Housing element (eligible housing costs)', 50000, false],
      ['IN_WORK', 'Maximum Universal Credit', 90014, true],
      ['IN_WORK', 'Earnings taper: 55% of net earnings £846.56 (no work allowance)', -46561, false],
      ['IN_WORK', 'Universal Credit', 43453, true],
      ['IN_WORK', 'Net earnings', 84656, false],
      ['IN_WORK', 'Universal Credit', 43453, false],
      ['IN_WORK', 'Monthly income in work', 128109, true],
    ]);
  });

  test('the couple working shows the lower work allowance and the childcare element', async () => {
    const [calculation] = await calculationsOf('gareth', tomasz.id);
    const inWork = calculation.breakdown.filter((l: any) => l.scenario === 'IN_WORK').map((l: any) => [l.label, l.pence]);
    expect(inWork).toEqual(
      expect.arrayContaining([
        ['Childcare element: 85% of £600.00 childcare costs, up to £1,768.94', 51000],
        ['Maximum Universal Credit', 251991],
        ['Earnings taper: 55% of £1,652.34 (net earnings £2,063.34 less the £411.00 work allowance)', -90879],
        ['Childcare costs paid', -60000],
        ['Monthly income in work', 307446],
      ]),
    );
  });

  test('another agency without consent for finances gets CONSENT_REQUIRED; with it, the calculation', async () => {
    // Tomasz shares benefits with employability, not finances.
    const refused = await hub.ask('dana', CALCULATIONS, { id: tomasz.id });
    expect(refused.data.person.welfare.householdType).toBe('SINGLE_WITH_CHILDREN');
    expect(refused.data.person.welfare.betterOffCalculations).toBeNull();
    expect(refused.errors.map((e) => [e.path?.join('.'), e.extensions?.code, e.extensions?.category])).toEqual([
      ['person.welfare.betterOffCalculations', 'CONSENT_REQUIRED', 'finances'],
    ]);
    // Kayleigh shares finances with employability.
    const [shared] = await calculationsOf('dana', kayleigh.id);
    expect(shared.monthlyGainPence).toBe(38095);
  });

  test('staff of another agency cannot run a calculation, and nothing is stored', async () => {
    const before = await calculationsOf('gareth', darren.id);
    // The demo data's one calculation: Darren, 35, single, no housing element, 37.5 h at £12.21. Gross 3750 × 1221 × 52
    // / 1200 = 198412.5 -> 198412; tax 20% of 93662 = 18732.4 -> 18732; NI 8% of 93612 = 7488.96 -> 7489; net 172191.
    // UC now 40014; in work 55% of 172191 = 94705 tapers it to nil. Gain 172191 - 40014 = 132177.
    expect(before.map((c) => [c.universalCreditInWorkPence, c.monthlyGainPence])).toEqual([[0, 132177]]);
    const { data, errors } = await hub.ask('dana', CALCULATE, { input: { personId: darren.id, ...singleRenting } });
    expect(data).toBeNull();
    expect(errors[0].extensions?.code).toBe('FORBIDDEN');
    expect(await calculationsOf('gareth', darren.id)).toEqual(before);
  });

  test('invalid input names each field and stores nothing', async () => {
    const { errors } = await hub.ask('gareth', CALCULATE, {
      input: {
        personId: maggie.id,
        hoursPerWeek: 0,
        hourlyWagePence: 1221,
        claimantAge: 53,
        couple: true, // ...without partnerAge
        children: 1,
        childrenBornBefore6April2017: 2,
        monthlyHousingCostsPence: -100,
      },
    });
    expect(errors[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors[0].extensions?.invalidFields.map((f: { field: string }) => f.field).sort()).toEqual([
      'childrenBornBefore6April2017',
      'hoursPerWeek',
      'monthlyHousingCostsPence',
      'partnerAge',
    ]);
    expect(errors[0].message).toContain('partnerAge (partnerAge is required for a couple)');

    const single = await hub.ask('gareth', CALCULATE, {
      input: { personId: maggie.id, ...singleRenting, partnerAge: 50, partnerMonthlyNetEarningsPence: 30000, monthlyChildcareCostsPence: 20000 },
    });
    expect(single.errors[0].extensions?.invalidFields).toEqual([
      { field: 'partnerAge', problems: ['partnerAge goes only with couple: true'] },
      { field: 'partnerMonthlyNetEarningsPence', problems: ['partnerMonthlyNetEarningsPence goes only with couple: true'] },
      { field: 'monthlyChildcareCostsPence', problems: ['monthlyChildcareCostsPence needs at least one child'] },
    ]);
    expect(await calculationsOf('gareth', maggie.id)).toEqual([]);
  });
});
