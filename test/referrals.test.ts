import { demoPeople } from '../prisma/demo-people';
import { startTestHub, type TestHub } from './support/test-hub';

const { jordan, kayleigh } = demoPeople;

const REFER = `mutation($input: CreateReferralInput!) {
  createReferral(input: $input) { id status toAgency sharedCategories consentId }
}`;
const INBOX = `query($statuses: [ReferralStatus!]) {
  referralInbox(statuses: $statuses) {
    id status reason fromAgency sharedCategories
    person { id givenName }
    history { status note changedByAgency }
  }
}`;
const NAME = `query($id: ID!) { person(id: $id) { givenName } }`;
const ACCEPT = `mutation($id: ID!) { acceptReferral(referralId: $id) { status } }`;

const codesOf = (errors: Array<{ extensions?: Record<string, any> }>) => errors.map((error) => error.extensions?.code);

describe('referrals: one point of access, with consent recorded in the same step', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  const refer = (user: string, input: Record<string, unknown>) => hub.ask(user, REFER, { input });
  const referJordanToEmployability = () =>
    refer('priya', {
      personId: jordan.id,
      toAgency: 'employability',
      reason: 'Wants a construction traineeship; needs help with CSCS card and interview practice.',
      share: ['identity', 'education'],
      consentNote: 'Agreed at his careers appointment, 25 November',
    });

  test('the receiving agency sees the referral and what was shared in its inbox, without asking the person again', async () => {
    const before = await hub.ask('dana', NAME, { id: jordan.id });
    expect(before.data.person.givenName).toBeNull();
    expect(codesOf(before.errors)).toEqual(['CONSENT_REQUIRED']);

    const { data, errors } = await referJordanToEmployability();
    expect(errors).toEqual([]);
    expect(data.createReferral).toMatchObject({ status: 'SENT', toAgency: 'employability', sharedCategories: ['identity', 'education'] });

    const inbox = await hub.ask('dana', INBOX);
    expect(inbox.errors).toEqual([]);
    expect(inbox.data.referralInbox).toEqual([
      {
        id: data.createReferral.id,
        status: 'SENT',
        reason: expect.stringMatching(/construction traineeship/),
        fromAgency: 'careers',
        sharedCategories: ['identity', 'education'],
        person: { id: jordan.id, givenName: 'Jordan' },
        history: [{ status: 'SENT', note: null, changedByAgency: 'careers' }],
      },
    ]);
    // The consent is in the ledger, where the person and the DPO see it, with the referral as its purpose.
    const consents = await hub.ask('jordan', '{ me { consents { id agency categories purpose evidence active } } }');
    expect(consents.data.me.consents).toEqual(
      expect.arrayContaining([
        {
          id: data.createReferral.consentId,
          agency: 'employability',
          categories: ['education', 'identity'],
          purpose: expect.stringContaining(data.createReferral.id),
          evidence: 'REFERRAL_FORM',
          active: true,
        },
      ]),
    );
  });

  test('accepting puts the person in the caseload; closing records the outcome; the history keeps every step', async () => {
    const [referral] = (await hub.ask('dana', INBOX)).data.referralInbox;
    expect((await hub.ask('dana', ACCEPT, { id: referral.id })).data.acceptReferral.status).toBe('ACCEPTED');
    const caseload = await hub.ask('dana', '{ caseload(limit: 1000) { id } }');
    expect(caseload.data.caseload.map((p: { id: string }) => p.id)).toContain(jordan.id);

    const closed = await hub.ask('dana', 'mutation($id: ID!) { closeReferral(referralId: $id, outcome: "Started the traineeship") { status } }', { id: referral.id });
    expect(closed.data.closeReferral.status).toBe('CLOSED');
    expect((await hub.ask('dana', INBOX)).data.referralInbox).toEqual([]);
    const all = await hub.ask('dana', INBOX, { statuses: ['CLOSED'] });
    expect(all.data.referralInbox[0].history).toEqual([
      { status: 'SENT', note: null, changedByAgency: 'careers' },
      { status: 'ACCEPTED', note: null, changedByAgency: 'employability' },
      { status: 'CLOSED', note: 'Started the traineeship', changedByAgency: 'employability' },
    ]);
    // The referring agency follows its referral.
    const sent = await hub.ask('priya', '{ referralsSent { status toAgency } }');
    expect(sent.data.referralsSent).toEqual([{ status: 'CLOSED', toAgency: 'employability' }]);
  });

  test('only the receiving agency answers a referral, once', async () => {
    const { data } = await refer('priya', {
      personId: jordan.id, toAgency: 'welfare-rights', reason: 'Benefit check before he starts a traineeship.', share: ['identity', 'benefits'], consentNote: 'Verbal, by phone',
    });
    const id = data.createReferral.id;
    const stranger = await hub.ask('dana', ACCEPT, { id });
    expect(codesOf(stranger.errors)).toEqual(['FORBIDDEN']);
    expect((await hub.ask('gareth', ACCEPT, { id })).data.acceptReferral.status).toBe('ACCEPTED');
    const again = await hub.ask('gareth', ACCEPT, { id });
    expect(again.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'referralId' });
    expect(again.errors[0].message).toMatch(/ACCEPTED/);
  });

  test('declining says why and withdraws the consent recorded with the referral', async () => {
    const { data } = await refer('priya', {
      personId: kayleigh.id, toAgency: 'social-services', reason: 'Asked about support with housing after recovery.', share: ['identity', 'contact'], consentNote: 'Signed referral form',
    });
    const PHONE = `query($id: ID!) { person(id: $id) { phone } }`;
    expect((await hub.ask('amara', PHONE, { id: kayleigh.id })).data.person.phone).toMatch(/^07700/);

    const noReason = await hub.ask('amara', 'mutation($id: ID!) { declineReferral(referralId: $id, reason: "") { status } }', { id: data.createReferral.id });
    expect(noReason.errors[0].extensions?.invalidFields.map((f: { field: string }) => f.field)).toEqual(['reason']);

    const declined = await hub.ask('amara', 'mutation($id: ID!) { declineReferral(referralId: $id, reason: "Housing options team is the right door") { status } }', { id: data.createReferral.id });
    expect(declined.data.declineReferral.status).toBe('DECLINED');
    const after = await hub.ask('amara', PHONE, { id: kayleigh.id });
    expect(after.data.person.phone).toBeNull();
    expect(after.errors[0].extensions).toMatchObject({ code: 'CONSENT_REQUIRED', category: 'contact' });
  });

  test('the referral panel lists every open referral, each member agency seeing only what the person agreed it may', async () => {
    const { data } = await refer('amara', {
      personId: jordan.id, toAgency: 'careers', reason: 'Pathway plan review: wants to talk about college.', share: ['identity', 'social-care'], consentNote: 'At his pathway plan review',
    });
    const PANEL = '{ referralPanel { id status reason toAgency person { id givenName } } }';
    const find = (answer: { data: any }) => answer.data.referralPanel.find((r: { id: string }) => r.id === data.createReferral.id);
    const errorsAbout = (answer: { data: any; errors: any[] }) =>
      answer.errors.filter((e) => e.path?.[1] === answer.data.referralPanel.indexOf(find(answer))).map((e) => `${e.path.slice(2).join('.')}:${e.extensions?.category}`);

    // Both sides of the referral read it as their own record.
    for (const user of ['amara', 'priya']) {
      const answer = await hub.ask(user, PANEL);
      expect(find(answer)).toMatchObject({ status: 'SENT', toAgency: 'careers', reason: expect.stringMatching(/college/) });
    }
    // The data-protection officer sees on what grounds: the referring agency read it as a holder, not by consent.
    const audit = await hub.ask('helen', `{ auditEvents(filter: { person: "${jordan.id}", agency: "social-services" }, limit: 500) { events { fieldPath category reason } } }`);
    expect(audit.data.auditEvents.events).toEqual(expect.arrayContaining([{ fieldPath: 'Referral.status', category: 'referral', reason: 'HOLDING_AGENCY' }]));

    // Welfare rights took Jordan on (the test above) and may see who he is, but not this referral:
    // the panel does not even show it is there. Nor to the prison service, which has no consent to either.
    const welfare = await hub.ask('gareth', PANEL);
    expect(find(welfare)).toBeUndefined();
    expect(welfare.errors).toEqual([]);
    const prison = await hub.ask('olu', PANEL);
    expect(find(prison)).toBeUndefined();
    // Each look is decided and logged, the refusals too.
    const refused = await hub.ask('helen', `{ auditEvents(filter: { person: "${jordan.id}", agency: "welfare-rights", decision: "DENIED" }, limit: 500) { events { fieldPath category } } }`);
    expect(refused.data.auditEvents.events).toContainEqual({ fieldPath: 'Query.referralPanel', category: 'referral' });

    // With Jordan's consent to 'referral', the panel member sees his referrals.
    await hub.ask('jordan', 'mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id } }', {
      input: { personId: jordan.id, agency: 'welfare-rights', categories: ['referral'], purpose: 'Discuss my referrals at the panel', evidence: 'DIGITAL_SELF_SERVICE' },
    });
    expect(find(await hub.ask('gareth', PANEL))).toMatchObject({ status: 'SENT', reason: expect.stringMatching(/college/) });

    const statuses = new Set(welfare.data.referralPanel.map((r: { id: string }) => r.id));
    const closed = (await hub.ask('dana', INBOX, { statuses: ['CLOSED'] })).data.referralInbox.map((r: { id: string }) => r.id);
    for (const id of closed) expect(statuses.has(id)).toBe(false);
  });

  test('bad input names the fields and records neither a referral nor a consent', async () => {
    const ledgerBefore = await hub.ask('jordan', '{ me { consents { id } } }');
    const { data, errors } = await refer('priya', { personId: jordan.id, toAgency: 'careers', reason: 'short', share: ['identity', 'horoscope'], consentNote: 'ok' });
    expect(data).toBeNull();
    expect(errors[0].extensions?.invalidFields.map((f: { field: string }) => f.field).sort()).toEqual(['consentNote', 'reason', 'share']);
    const own = await refer('priya', { personId: jordan.id, toAgency: 'careers', reason: 'Referring to ourselves by mistake', share: [], consentNote: 'Verbal' });
    expect(own.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toAgency' });
    const ledgerAfter = await hub.ask('jordan', '{ me { consents { id } } }');
    expect(ledgerAfter.data.me.consents).toHaveLength(ledgerBefore.data.me.consents.length);
  });
});

describe('a referral whose consent cannot be recorded', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  test('leaves no referral behind', async () => {
    await hub.hub.subgraphs.get('consent')!.stop();
    const input = { personId: jordan.id, toAgency: 'employability', reason: 'Wants a construction traineeship.', share: ['identity'], consentNote: 'Verbal' };
    // Past the consent copies' lease (2 s by default): within it the subgraphs still decide from their copies.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const { data, errors } = await hub.ask('priya', REFER, { input });
    expect(data).toBeNull();
    // Without the decider, the hub cannot tell that the referring agency works with him: nothing is written.
    expect(errors[0].extensions?.code).toBe('CONSENT_SERVICE_UNAVAILABLE');
    const people = hub.hub.subgraphs.get('people')!.database.client as any;
    expect(await people.referral.count()).toBe(0);
    expect(await people.referralStatusChange.count()).toBe(0);
  });
});
