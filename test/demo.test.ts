import { frontEnd, OffScriptError } from '../demo/front-end';
import { runJourney, type JourneyMoments } from '../demo/journey';
import { silentPrinter, terminalPrinter } from '../demo/narration';
import { demoUser } from '../hub/demo-users';
import { startTestHub, type TestHub } from './support/test-hub';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.stop());

describe('npm run demo: one person registered in prison, referred with consent, into work, then changing their mind', () => {
  let moments: JourneyMoments;
  const transcript: string[] = [];

  beforeAll(async () => {
    moments = await runJourney({
      gatewayUrl: hub.hub.gatewayUrl,
      tokenFor: (claims) => hub.token(claims),
      printer: terminalPrinter((text) => transcript.push(text)),
    });
  });

  test("the referral arrives in the employment adviser's inbox with the person's story, not asked for again", () => {
    expect(moments.referralInInbox).toMatchObject({
      fromAgency: 'prison-resettlement',
      status: 'SENT',
      sharedCategories: ['identity', 'contact', 'story', 'criminal-justice'],
      person: { id: moments.personId, givenName: 'Lee', familyName: 'Walsh' },
    });
    expect(moments.referralInInbox.person.story.ownAccount).toMatch(/forklift/);
    expect(moments.referralInInbox.person.story.criminalRecordBarriers).toEqual([
      { title: 'Disclosure of a criminal record', note: expect.stringMatching(/telling employers/) },
    ]);
  });

  test('the drugs-and-alcohol section he did not agree to share is refused, and only that', () => {
    expect(moments.referralInInbox.person.story.drugsAndAlcoholBarriers).toBeNull();
    expect(moments.refusedOnArrival).toEqual([{ path: expect.stringMatching(/\.person\.story\.drugsAndAlcoholBarriers$/), category: 'drugs-alcohol' }]);
  });

  test('the better-off calculation shows him better off in work', () => {
    const { totalMonthlyIncomeNowPence, totalMonthlyIncomeInWorkPence, monthlyGainPence } = moments.betterOff;
    expect(monthlyGainPence).toBeGreaterThan(0);
    expect(monthlyGainPence).toBe(totalMonthlyIncomeInWorkPence - totalMonthlyIncomeNowPence);
  });

  test('after he withdraws it, his criminal record disappears from the adviser\'s view with CONSENT_REQUIRED; the rest stays', () => {
    expect(moments.storyAfterWithdrawal.criminalRecordBarriers).toBeNull();
    expect(moments.storyAfterWithdrawal.ownAccount).toMatch(/forklift/);
    expect(moments.refusedAfterWithdrawal).toEqual([
      { path: 'person.story.criminalRecordBarriers', code: 'CONSENT_REQUIRED', category: 'criminal-justice' },
    ]);
  });

  test('his access log names the employability service, what it was shown and what it was refused', () => {
    const employability = moments.accessLog.filter((line) => line.agency === 'employability');
    expect(employability).toEqual(expect.arrayContaining([
      expect.objectContaining({ category: 'story', decision: 'ALLOWED', reason: 'CONSENT' }),
      expect.objectContaining({ category: 'criminal-justice', decision: 'DENIED', reason: 'NO_CONSENT' }),
      expect.objectContaining({ category: 'drugs-alcohol', decision: 'DENIED', reason: 'NO_CONSENT' }),
    ]));
  });

  test('the transcript shows every step with its query, variables and answer, refusals with their code and category', () => {
    const text = transcript.join('\n');
    expect(text.match(/^\d+\. .+\n─+$/gm)).toHaveLength(15);
    expect(text).toContain('mutation Refer($input: CreateReferralInput!)');
    expect(text).toContain('"share": ["identity", "contact", "story", "criminal-justice"]');
    expect(text).toMatch(/"code": "CONSENT_REQUIRED",\s+"category": "criminal-justice"/);
    expect(text).toMatch(/Better off by £[\d,]+\.\d\d a month/);
    // The partner agency added through the scaffold: refused until he shares housing, then served.
    expect(text).toMatch(/"code": "CONSENT_REQUIRED",\s+"category": "housing"/);
    expect(text).toMatch(/"accommodationStatus": "HOSTEL"/);
  });
});

describe('the demo cannot rot silently', () => {
  const dana = { who: 'Dana', claims: demoUser('dana')!.claims };
  const ask = () => frontEnd(hub.hub.gatewayUrl, (claims) => hub.token(claims), silentPrinter);

  test('an error the narration does not expect stops it', async () => {
    await expect(ask()(dana, '{ verifyAuditLog { intact } }')).rejects.toThrow(OffScriptError);
    await expect(ask()(dana, '{ verifyAuditLog { intact } }')).rejects.toThrow(/FORBIDDEN/);
  });

  test('a refusal the narration announces but the hub does not make stops it', async () => {
    await expect(ask()(dana, '{ programmes { name } }', {}, { refuses: ['name'] })).rejects.toThrow(/name was expected to be refused/);
  });
});
