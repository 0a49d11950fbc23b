import { randomUUID } from 'node:crypto';
import { issueServiceCredential } from '../hub/tokens';
import { demoPeople } from '../prisma/demo-people';
import { startTestHub, type TestHub } from './support/test-hub';

const { darren, kayleigh, maggie, tomasz } = demoPeople;

const GRANT = `mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id agency recordedBy recordedByAgency evidence } }`;
const WITHDRAW = `mutation($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { id withdrawnAt } }`;
const NAME = `query($id: ID!) { person(id: $id) { givenName } }`;
const REGISTER = `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { outcome person { id } } }`;
const REFER = `mutation($input: CreateReferralInput!) { createReferral(input: $input) { id consentId } }`;
const CIRCUMSTANCES = `mutation($input: WelfareCircumstancesInput!) { recordWelfareCircumstances(input: $input) { personId } }`;

const codesOf = (errors: Array<{ extensions?: Record<string, any> }>) => errors.map((error) => error.extensions?.code);

describe('who may record and withdraw a consent', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  const auditOf = async (personId: string, agency: string) =>
    (
      await hub.ask('helen', `{ auditEvents(filter: { person: "${personId}", agency: "${agency}" }, limit: 1000) { events { fieldPath category decision reason } } }`)
    ).data.auditEvents.events as Array<{ fieldPath: string; category: string; decision: string; reason: string }>;

  test('an adviser cannot give their own agency consent for a person it does not work with', async () => {
    // The prison service has never worked with Kayleigh.
    const granted = await hub.ask('olu', GRANT, {
      input: { personId: kayleigh.id, agency: 'prison-resettlement', categories: ['identity', 'social-care'], purpose: 'Looking her up', evidence: 'VERBAL', evidenceNote: 'She said so' },
    });
    expect(granted.data).toBeNull();
    expect(granted.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'personId' });
    const name = await hub.ask('olu', NAME, { id: kayleigh.id });
    expect(name.data.person.givenName).toBeNull();
    expect(codesOf(name.errors)).toEqual(['CONSENT_REQUIRED']);
  });

  test('an agency that does not work with a person cannot record a consent for a third agency either', async () => {
    const granted = await hub.ask('olu', GRANT, {
      input: { personId: maggie.id, agency: 'careers', categories: ['identity', 'health'], purpose: 'Careers guidance', evidence: 'WRITTEN_FORM', evidenceNote: 'Form' },
    });
    expect(codesOf(granted.errors)).toEqual(['FORBIDDEN']);
    const own = await hub.ask('maggie', '{ me { consents { agency } } }');
    expect(own.data.me.consents.map((c: { agency: string }) => c.agency)).not.toContain('careers');
  });

  test('a linked agency records a consent with how it was given; the person sees who recorded it, and so does the DPO', async () => {
    // Welfare rights works with Maggie (her caseload); it records her consent for careers, given through an interpreter.
    const granted = await hub.ask('gareth', GRANT, {
      input: {
        personId: maggie.id, agency: 'careers', categories: ['identity', 'education'], purpose: 'Careers guidance at the wellbeing hub',
        evidence: 'THROUGH_AN_INTERPRETER', evidenceNote: 'Polish interpreter (agency ref 4471), at her benefit check',
      },
    });
    expect(granted.errors).toEqual([]);
    expect(granted.data.grantConsent).toMatchObject({ agency: 'careers', recordedBy: 'staff-gareth-lloyd', recordedByAgency: 'welfare-rights', evidence: 'THROUGH_AN_INTERPRETER' });

    const own = await hub.ask('maggie', '{ me { consents { id agency recordedBy recordedByAgency evidence evidenceNote } } }');
    expect(own.data.me.consents).toContainEqual({
      id: granted.data.grantConsent.id, agency: 'careers', recordedBy: 'staff-gareth-lloyd', recordedByAgency: 'welfare-rights',
      evidence: 'THROUGH_AN_INTERPRETER', evidenceNote: 'Polish interpreter (agency ref 4471), at her benefit check',
    });
    const byGareth = await hub.ask('helen', `{ consentsRecordedByStaff(agency: "welfare-rights", recordedBy: "staff-gareth-lloyd") { total consents { id person agency evidence } } }`);
    expect(byGareth.errors).toEqual([]);
    expect(byGareth.data.consentsRecordedByStaff.consents).toContainEqual({ id: granted.data.grantConsent.id, person: maggie.id, agency: 'careers', evidence: 'THROUGH_AN_INTERPRETER' });
    const byOthers = await hub.ask('helen', `{ consentsRecordedByStaff(agency: "careers") { consents { id } } }`);
    expect(byOthers.data.consentsRecordedByStaff.consents.map((c: { id: string }) => c.id)).not.toContain(granted.data.grantConsent.id);
    // Staff cannot read the DPO's list.
    expect(codesOf((await hub.ask('gareth', '{ consentsRecordedByStaff { total } }')).errors)).toEqual(['FORBIDDEN']);
  });

  test('staff say how the person gave it: no note, or "self-service", is refused and records nothing', async () => {
    const before = (await hub.ask('tomasz', '{ me { consents { id } } }')).data.me.consents.length;
    const base = { personId: tomasz.id, agency: 'careers', categories: ['identity'], purpose: 'Careers guidance' };
    const noNote = await hub.ask('ruth', GRANT, { input: { ...base, evidence: 'VERBAL' } });
    expect(noNote.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'evidenceNote' });
    const selfService = await hub.ask('ruth', GRANT, { input: { ...base, evidence: 'DIGITAL_SELF_SERVICE', evidenceNote: 'Online' } });
    expect(selfService.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'evidence' });
    expect((await hub.ask('tomasz', '{ me { consents { id } } }')).data.me.consents).toHaveLength(before);
  });

  test('the person may always record and withdraw their own consents, and no one else’s', async () => {
    const own = await hub.ask('kayleigh', GRANT, {
      input: { personId: kayleigh.id, agency: 'social-services', categories: ['identity', 'contact'], purpose: 'Housing support', evidence: 'DIGITAL_SELF_SERVICE' },
    });
    expect(own.errors).toEqual([]);
    expect(own.data.grantConsent).toMatchObject({ recordedBy: kayleigh.id, recordedByAgency: null });
    const forSomeoneElse = await hub.ask('kayleigh', GRANT, {
      input: { personId: darren.id, agency: 'social-services', categories: ['identity'], purpose: 'x y z', evidence: 'DIGITAL_SELF_SERVICE' },
    });
    expect(codesOf(forSomeoneElse.errors)).toEqual(['FORBIDDEN']);
    const withdrawn = await hub.ask('kayleigh', WITHDRAW, { input: { consentId: own.data.grantConsent.id, personId: kayleigh.id, reason: 'Changed my mind' } });
    expect(withdrawn.data.withdrawConsent.withdrawnAt).not.toBeNull();
  });

  test('an unrelated agency cannot withdraw a consent, and learns nothing about it', async () => {
    const consents = (await hub.ask('darren', '{ me { consents { id agency active } } }')).data.me.consents;
    const employability = consents.find((c: { agency: string; active: boolean }) => c.agency === 'employability' && c.active);
    // Careers works with Darren, but neither recorded nor received his consent to employability.
    const attempt = await hub.ask('priya', WITHDRAW, { input: { consentId: employability.id, personId: darren.id, reason: 'Tidying up' } });
    expect(attempt.data).toBeNull();
    expect(attempt.errors[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'consentId' });
    const unknown = await hub.ask('priya', WITHDRAW, { input: { consentId: '00000000-0000-4000-8000-0000000000ff', personId: darren.id } });
    expect(attempt.errors[0].message.replace(employability.id, 'ID')).toBe(unknown.errors[0].message.replace('00000000-0000-4000-8000-0000000000ff', 'ID'));
    const after = (await hub.ask('darren', '{ me { consents { id active } } }')).data.me.consents;
    expect(after.find((c: { id: string }) => c.id === employability.id).active).toBe(true);
    // The agency it was given to may withdraw it.
    const byReceiver = await hub.ask('dana', WITHDRAW, { input: { consentId: employability.id, personId: darren.id, reason: 'Programme ended' } });
    expect(byReceiver.errors).toEqual([]);
  });

  test('a linked agency reading Person.consents sees only the consents given to itself', async () => {
    const { data, errors } = await hub.ask('gareth', `query($id: ID!) { person(id: $id) { consents { agency } } }`, { id: tomasz.id });
    expect(errors).toEqual([]);
    expect(data.person.consents.length).toBeGreaterThanOrEqual(0);
    // Tomasz has consented to employability; welfare rights, linked to him, does not learn that.
    expect(data.person.consents.map((c: { agency: string }) => c.agency).every((agency: string) => agency === 'welfare-rights')).toBe(true);
    const dana = await hub.ask('dana', `query($id: ID!) { person(id: $id) { consents { agency categories } } }`, { id: tomasz.id });
    expect(dana.data.person.consents.map((c: { agency: string }) => c.agency)).toEqual(['employability']);
  });

  test('a contact overwrite by an agency without consent to contact is refused and changes nothing', async () => {
    const before = (await hub.ask('tomasz', '{ me { phone } }')).data.me.phone;
    const attempt = await hub.ask('olu', `mutation($id: ID!) { updatePersonContact(personId: $id, input: { phone: "07700 900999" }) { id } }`, { id: tomasz.id });
    expect(attempt.data).toBeNull();
    expect(attempt.errors[0].extensions).toMatchObject({ code: 'CONSENT_REQUIRED', category: 'contact' });
    expect((await hub.ask('tomasz', '{ me { phone } }')).data.me.phone).toBe(before);
    expect(await auditOf(tomasz.id, 'prison-resettlement')).toContainEqual({ fieldPath: 'Mutation.updatePersonContact', category: 'contact', decision: 'DENIED', reason: 'NO_CONSENT' });
    // With consent to contact (employability has Tomasz's), the same change goes through.
    const allowed = await hub.ask('dana', `mutation($id: ID!) { updatePersonContact(personId: $id, input: { phone: "07700 900111" }) { phone } }`, { id: tomasz.id });
    expect(allowed.errors).toEqual([]);
    expect(allowed.data.updatePersonContact.phone).toBe('07700 900111');
  });
});

describe('links: made by the work, ended when it ends', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  let registered = 0;
  const registerSomeoneNew = async (user: string, givenName: string) => {
    registered += 1;
    // Clearly different people (scored matching would ask about near-identical neighbours): another family name, year and postcode each.
    const families = ['Okonjo', 'Adeyemi', 'Eze', 'Nwosu', 'Balogun', 'Obi', 'Chukwu', 'Afolabi'];
    const input = { givenName, familyName: families[registered % families.length], dateOfBirth: `${1960 + 4 * registered}-0${1 + (registered % 9)}-1${registered % 10}`, postcode: `NE${registered} 1XD` };
    const { data, errors } = await hub.ask(user, REGISTER, { input });
    expect(errors).toEqual([]);
    return data.registerPerson.person.id as string;
  };
  const caseloadOf = async (user: string) => (await hub.ask(user, '{ caseload(limit: 1000) { id givenName } }')).data.caseload as Array<{ id: string; givenName: string | null }>;

  test("a caseload shows its people's names, by the link, logged as such", async () => {
    // Sam (employability) works with Maggie; she has given employability no consent at all.
    const { data, errors } = await hub.ask('sam', '{ caseload(limit: 1000) { id givenName familyName } }');
    expect(errors).toEqual([]);
    expect(data.caseload).toContainEqual({ id: maggie.id, givenName: maggie.givenName, familyName: maggie.familyName });
    expect(data.caseload.every((person: { givenName: string | null }) => person.givenName !== null)).toBe(true);
    const audit = await hub.ask('helen', `{ auditEvents(filter: { person: "${maggie.id}", agency: "employability" }, limit: 100) { events { category reason } } }`);
    expect(audit.data.auditEvents.events).toContainEqual({ category: 'identity', reason: 'LINKED_AGENCY' });
    // A link grants identity only: her contact details still need her consent.
    const contact = await hub.ask('sam', `query($id: ID!) { person(id: $id) { phone } }`, { id: maggie.id });
    expect(contact.errors[0].extensions).toMatchObject({ code: 'CONSENT_REQUIRED', category: 'contact' });
  });

  test("the referring agency sees the referred person's name in referralsSent", async () => {
    const personId = await registerSomeoneNew('olu', 'Adaeze');
    const referral = await hub.ask('olu', REFER, {
      input: { personId, toAgency: 'employability', reason: 'Wants work on release; forklift licence.', share: ['employment-history'], consentNote: 'Signed at HMP Northumberland' },
    });
    expect(referral.errors).toEqual([]);
    const sent = await hub.ask('olu', '{ referralsSent { id person { id givenName } } }');
    expect(sent.errors).toEqual([]);
    expect(sent.data.referralsSent).toContainEqual({ id: referral.data.createReferral.id, person: { id: personId, givenName: 'Adaeze' } });
  });

  test('a write after a declined referral is refused: declining made no link, and took the consent with it', async () => {
    const personId = await registerSomeoneNew('dana', 'Chidi');
    const referral = await hub.ask('dana', REFER, {
      input: { personId, toAgency: 'welfare-rights', reason: 'Benefit check before a job start.', share: ['identity', 'benefits'], consentNote: 'Verbal, at his appointment' },
    });
    const declined = await hub.ask('gareth', 'mutation($id: ID!) { declineReferral(referralId: $id, reason: "Not our area") { status } }', { id: referral.data.createReferral.id });
    expect(declined.errors).toEqual([]);
    const attempt = await hub.ask('gareth', CIRCUMSTANCES, { input: { personId, householdType: 'SINGLE', housingTenure: 'PRIVATE_RENT' } });
    expect(attempt.data).toBeNull();
    expect(attempt.errors[0].extensions).toMatchObject({ code: 'LINK_REQUIRED', reason: 'NO_LINK', personId });
    const record = await hub.ask({ sub: personId, role: 'client' }, '{ me { welfare { householdType } } }');
    expect(record.data.me.welfare).toBeNull();
  });

  test('closing a referral ends the link it made: the person leaves the caseload, and writes are refused', async () => {
    const personId = await registerSomeoneNew('priya', 'Ngozi');
    const referral = await hub.ask('priya', REFER, {
      input: { personId, toAgency: 'welfare-rights', reason: 'Debt advice.', share: ['identity', 'finances'], consentNote: 'Signed form' },
    });
    const id = referral.data.createReferral.id;
    await hub.ask('gareth', 'mutation($id: ID!) { acceptReferral(referralId: $id) { status } }', { id });
    expect((await caseloadOf('gareth')).map((p) => p.id)).toContain(personId);
    const written = await hub.ask('gareth', CIRCUMSTANCES, { input: { personId, householdType: 'SINGLE', housingTenure: 'PRIVATE_RENT' } });
    expect(written.errors).toEqual([]);

    const closed = await hub.ask('gareth', 'mutation($id: ID!) { closeReferral(referralId: $id, outcome: "Debt relief order granted") { status } }', { id });
    expect(closed.errors).toEqual([]);
    expect((await caseloadOf('gareth')).map((p) => p.id)).not.toContain(personId);
    const after = await hub.ask('gareth', CIRCUMSTANCES, { input: { personId, householdType: 'COUPLE', housingTenure: 'PRIVATE_RENT' } });
    expect(codesOf(after.errors)).toEqual(['LINK_REQUIRED']);
    // The person sees the link's whole history.
    const links = await hub.ask({ sub: personId, role: 'client' }, '{ me { agencyLinks { agency madeHow referralId endedAt endReason } } }');
    expect(links.data.me.agencyLinks).toContainEqual({
      agency: 'welfare-rights', madeHow: 'REFERRAL_ACCEPTED', referralId: id, endedAt: expect.any(String), endReason: 'Referral closed: Debt relief order granted',
    });
  });

  test('closeCase ends the link: the name is no longer shown, and the agency cannot record consents for them', async () => {
    const personId = await registerSomeoneNew('amara', 'Emeka');
    expect((await hub.ask('amara', NAME, { id: personId })).data.person.givenName).toBe('Emeka');
    const closed = await hub.ask('amara', `mutation($id: ID!) { closeCase(personId: $id, reason: "Moved out of the area") { endedAt endReason } }`, { id: personId });
    expect(closed.errors).toEqual([]);
    expect(closed.data.closeCase.endReason).toBe('Case closed: Moved out of the area');
    expect((await hub.ask('amara', NAME, { id: personId })).data.person.givenName).toBeNull();
    const granted = await hub.ask('amara', GRANT, {
      input: { personId, agency: 'social-services', categories: ['identity'], purpose: 'Keep in touch', evidence: 'VERBAL', evidenceNote: 'On the phone' },
    });
    expect(codesOf(granted.errors)).toEqual(['FORBIDDEN']);
    // An agency with no open case has nothing to close.
    const again = await hub.ask('amara', `mutation($id: ID!) { closeCase(personId: $id, reason: "Again") { endedAt } }`, { id: personId });
    expect(codesOf(again.errors)).toEqual(['LINK_REQUIRED']);
  });

  test('the person links an agency themselves; nobody else can link one for them', async () => {
    const personId = await registerSomeoneNew('ruth', 'Obi');
    const byStaff = await hub.ask('ruth', `mutation($id: ID!) { linkAgency(personId: $id, agency: "careers") { madeHow } }`, { id: personId });
    expect(codesOf(byStaff.errors)).toEqual(['FORBIDDEN']);
    const byThePerson = await hub.ask({ sub: personId, role: 'client' }, `mutation($id: ID!) { linkAgency(personId: $id, agency: "careers") { madeHow linkedBy } }`, { id: personId });
    expect(byThePerson.data.linkAgency).toEqual({ madeHow: 'BY_THE_PERSON', linkedBy: personId });
    const unknown = await hub.ask({ sub: personId, role: 'client' }, `mutation($id: ID!) { linkAgency(personId: $id, agency: "employabilty") { madeHow } }`, { id: personId });
    expect(unknown.errors[0].extensions?.invalidFields.map((f: { field: string }) => f.field)).toEqual(['agency']);
    expect((await caseloadOf('priya')).map((p) => p.id)).toContain(personId);
  });
});

describe('nothing shows around a refusal', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  const deniedFor = async (personId: string, agency: string) =>
    (
      await hub.ask('helen', `{ auditEvents(filter: { person: "${personId}", agency: "${agency}", decision: "DENIED" }, limit: 1000) { events { fieldPath category } } }`)
    ).data.auditEvents.events as Array<{ fieldPath: string; category: string }>;

  test('an unconsented caller learns nothing of the story: not that there is one, its versions, who wrote them or when; each read logged', async () => {
    const { data, errors } = await hub.ask(
      'olu',
      `query($id: ID!) { person(id: $id) { id story { version recordedBy recordedByAgency recordedAt history { version recordedBy recordedByAgency recordedAt } } } }`,
      { id: darren.id },
    );
    expect(data.person).toEqual({ id: darren.id, story: null });
    expect(errors.map((e) => [e.path?.join('.'), e.extensions?.category])).toEqual([['person.story', 'story']]);
    expect((await deniedFor(darren.id, 'prison-resettlement')).map((event) => event.category)).toContain('story');
  });

  test('an unconsented caller learns nothing of referrals: not how many, when, or their consent ids; each read logged', async () => {
    const referral = await hub.ask('dana', REFER, {
      input: { personId: darren.id, toAgency: 'careers', reason: 'Forklift refresher course.', share: ['identity'], consentNote: 'Verbal' },
    });
    expect(referral.errors).toEqual([]);
    const { data, errors } = await hub.ask('olu', `query($id: ID!) { person(id: $id) { referrals { id createdAt consentId } } }`, { id: darren.id });
    expect(errors).toEqual([]);
    expect(data.person.referrals).toEqual([]);
    expect(await deniedFor(darren.id, 'prison-resettlement')).toContainEqual({ fieldPath: 'Person.referrals', category: 'referral' });
    // Either side of the referral sees it.
    const careers = await hub.ask('priya', `query($id: ID!) { person(id: $id) { referrals { id consentId } } }`, { id: darren.id });
    expect(careers.data.person.referrals).toContainEqual({ id: referral.data.createReferral.id, consentId: referral.data.createReferral.consentId });
  });

  test('a search is a read of identity: an unconsented caller gets nothing back, not even an id, and the search is logged', async () => {
    const search = `{ searchPeople(familyName: "${darren.familyName}", dateOfBirth: "${darren.dateOfBirth}") { id givenName } }`;
    const refused = await hub.ask('olu', search);
    expect(refused.errors).toEqual([]);
    expect(refused.data.searchPeople).toEqual([]);
    expect(await deniedFor(darren.id, 'prison-resettlement')).toContainEqual({ fieldPath: 'Query.searchPeople', category: 'identity' });
    const allowed = await hub.ask('dana', search);
    expect(allowed.data.searchPeople).toEqual([{ id: darren.id, givenName: 'Darren' }]);
  });
});

describe('only the people subgraph tells the decider of links', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  const LINK = `mutation($input: AgencyLinkChangeInput!) { recordAgencyLink(input: $input) }`;
  const pushLink = async (user: string, credential: string | null) => {
    const response = await fetch(hub.subgraphUrl('consent'), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await hub.token(user)}`,
        ...(credential ? { 'x-service-credential': credential } : {}),
      },
      body: JSON.stringify({
        query: LINK,
        variables: { input: { linkId: randomUUID(), personId: kayleigh.id, agency: 'prison-resettlement', madeHow: 'REGISTERED', linkedAt: new Date().toISOString() } },
      }),
    });
    return (await response.json()) as { data?: any; errors?: Array<{ extensions?: any }> };
  };

  test("an adviser who links their own agency on the consent subgraph's port, with or without another service's credential, is refused and gains nothing", async () => {
    const alone = await pushLink('olu', null);
    expect(codesOf(alone.errors ?? [])).toEqual(['FORBIDDEN']);
    const careers = await issueServiceCredential(hub.hub.signingKey!, { name: 'careers', agency: 'careers', holdsSharedRecords: false });
    const throughCareers = await pushLink('olu', careers);
    expect(codesOf(throughCareers.errors ?? [])).toEqual(['FORBIDDEN']);
    const name = await hub.ask('olu', NAME, { id: kayleigh.id });
    expect(name.data.person.givenName).toBeNull();
    const granted = await hub.ask('olu', GRANT, {
      input: { personId: kayleigh.id, agency: 'prison-resettlement', categories: ['identity'], purpose: 'Resettlement', evidence: 'VERBAL', evidenceNote: 'Said so' },
    });
    expect(codesOf(granted.errors)).toEqual(['FORBIDDEN']);
  });
});

describe('a link the decider cannot be told of', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  test('a registration whose link cannot reach the decider writes nothing: no person, no link', async () => {
    const people = hub.database('people') as any;
    const [persons, links] = [await people.person.count(), await people.agencyLink.count()];
    await hub.hub.subgraphs.get('consent')!.stop();
    const { data, errors } = await hub.ask('dana', REGISTER, { input: { givenName: 'Tunde', familyName: 'Bakare', dateOfBirth: '1990-05-05', postcode: 'NE3 3AA' } });
    expect(data).toBeNull();
    expect(errors[0].message).toMatch(/nothing was saved/);
    expect(await people.person.count()).toBe(persons);
    expect(await people.agencyLink.count()).toBe(links);
  });
});
