import { demoPeople } from '../prisma/demo-people';
import { startTestHub, type TestHub } from './support/test-hub';

const { darren, kayleigh } = demoPeople;

const STORY = `query($id: ID!) {
  person(id: $id) {
    story {
      version ownAccount goals strengths
      barriers { code title note }
      healthBarriers { code }
      criminalRecordBarriers { code note }
      drugsAndAlcoholBarriers { code note }
      recordedBy recordedByAgency
    }
  }
}`;

const TELL = `mutation($input: StoryInput!) {
  tellStory(input: $input) { version goals barriers { code note } history { version recordedBy recordedByAgency goals } }
}`;

const codes = (barriers: Array<{ code: string }> | null) => barriers?.map((barrier) => barrier.code);
const refusedAt = (errors: Array<{ path?: Array<string | number>; extensions?: Record<string, any> }>) =>
  Object.fromEntries(errors.map((error) => [error.path?.join('.'), error.extensions?.category]));

describe("the person's story, told once and shared section by section", () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  test('an adviser with consent to the story and to criminal-justice data reads them, and not the health or drugs-and-alcohol sections', async () => {
    const { data, errors } = await hub.ask('dana', STORY, { id: darren.id });
    expect(data.person.story.ownAccount).toMatch(/came out of prison/);
    expect(data.person.story.goals).toContain('Find my own flat');
    expect(codes(data.person.story.barriers)).toEqual(['SELF_BELIEF_AND_CONFIDENCE', 'ACCOMMODATION_OR_HOMELESSNESS', 'LONG_TERM_UNEMPLOYMENT']);
    expect(codes(data.person.story.criminalRecordBarriers)).toEqual(['DISCLOSURE_OF_A_CRIMINAL_RECORD']);
    expect(data.person.story.healthBarriers).toBeNull();
    expect(data.person.story.drugsAndAlcoholBarriers).toBeNull();
    expect(refusedAt(errors)).toEqual({ 'person.story.healthBarriers': 'health', 'person.story.drugsAndAlcoholBarriers': 'drugs-alcohol' });
    // Darren added the last change himself.
    expect(data.person.story).toMatchObject({ version: 2, recordedBy: darren.id, recordedByAgency: null });
  });

  test('the person sees their whole story; an agency without consent sees none of it, not even that there is one', async () => {
    const own = await hub.ask('darren', STORY, { id: darren.id });
    expect(own.errors).toEqual([]);
    expect(codes(own.data.person.story.drugsAndAlcoholBarriers)).toEqual(['DRUGS_OR_ALCOHOL']);

    const careers = await hub.ask('priya', STORY, { id: darren.id });
    expect(careers.data.person.story).toBeNull();
    expect(refusedAt(careers.errors)).toEqual({ 'person.story': 'story' });
  });

  test('every change is a new version with who made it and when; sections left out are kept', async () => {
    const { data, errors } = await hub.ask('dana', TELL, {
      input: { personId: darren.id, goals: ['Start at the warehouse in January'], barriers: [{ code: 'TRANSPORT', note: 'No bus before 6am' }] },
    });
    expect(errors).toEqual([]);
    expect(data.tellStory.version).toBe(3);
    expect(data.tellStory.goals).toEqual(['Start at the warehouse in January']);
    expect(data.tellStory.barriers).toEqual([{ code: 'TRANSPORT', note: 'No bus before 6am' }]);
    expect(data.tellStory.history.map((v: { version: number }) => v.version)).toEqual([3, 2, 1]);
    expect(data.tellStory.history[0]).toMatchObject({ recordedBy: 'staff-dana-okafor', recordedByAgency: 'employability' });
    expect(data.tellStory.history[2].goals).toContain('Find my own flat');

    // The criminal-record section, not sent, is carried over; the special section Dana cannot see is kept too.
    const own = await hub.ask('darren', STORY, { id: darren.id });
    expect(codes(own.data.person.story.criminalRecordBarriers)).toEqual(['DISCLOSURE_OF_A_CRIMINAL_RECORD']);
    expect(codes(own.data.person.story.drugsAndAlcoholBarriers)).toEqual(['DRUGS_OR_ALCOHOL']);
  });

  test('replacing a section needs the consent its category asks for, and a refusal records nothing', async () => {
    const refused = await hub.ask('dana', TELL, {
      input: { personId: darren.id, goals: ['Overwritten'], drugsAndAlcoholBarriers: [] },
    });
    expect(refused.data).toBeNull();
    expect(refused.errors[0].extensions).toMatchObject({ code: 'CONSENT_REQUIRED', category: 'drugs-alcohol', personId: darren.id });

    const own = await hub.ask('darren', STORY, { id: darren.id });
    expect(own.data.person.story.goals).not.toContain('Overwritten');
    expect(codes(own.data.person.story.drugsAndAlcoholBarriers)).toEqual(['DRUGS_OR_ALCOHOL']);
  });

  test('the person can tell their own story first, and the controlled list says which barriers are special', async () => {
    const { data, errors } = await hub.ask('kayleigh', 'mutation($input: StoryInput!) { tellStory(input: $input) { version healthBarriers { code } } }', {
      input: {
        personId: kayleigh.id,
        goals: ['Peer-support work'],
        healthBarriers: [{ code: 'MENTAL_HEALTH', note: null }],
        drugsAndAlcoholBarriers: [{ code: 'DRUGS_OR_ALCOHOL', note: 'Two years clean' }],
      },
    });
    expect(errors).toEqual([]);
    expect(data.tellStory).toMatchObject({ version: 1, healthBarriers: [{ code: 'MENTAL_HEALTH' }] });

    const options = await hub.ask('kayleigh', '{ storyBarrierOptions { code section category special } }');
    const option = (code: string) => options.data.storyBarrierOptions.find((o: { code: string }) => o.code === code);
    expect(option('DRUGS_OR_ALCOHOL')).toEqual({ code: 'DRUGS_OR_ALCOHOL', section: 'drugsAndAlcoholBarriers', category: 'drugs-alcohol', special: true });
    expect(option('DISCLOSURE_OF_A_CRIMINAL_RECORD')).toMatchObject({ category: 'criminal-justice', special: true });
    expect(option('TRANSPORT')).toMatchObject({ category: 'story', special: false });
    expect(options.data.storyBarrierOptions).toHaveLength(16);
  });

  test('a barrier in the wrong section, or OTHER without saying what, is refused naming the field, and nothing is recorded', async () => {
    const { data, errors } = await hub.ask('kayleigh', TELL, {
      input: { personId: kayleigh.id, barriers: [{ code: 'MENTAL_HEALTH' }, { code: 'OTHER' }] },
    });
    expect(data).toBeNull();
    expect(errors[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors[0].extensions?.invalidFields.map((f: { field: string }) => f.field).sort()).toEqual(['barriers', 'barriers.1.note']);

    const empty = await hub.ask('kayleigh', TELL, { input: { personId: kayleigh.id } });
    expect(empty.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input' });

    const story = await hub.ask('kayleigh', `{ person(id: "${kayleigh.id}") { story { version } } }`);
    expect(story.data.person.story.version).toBe(1);
  });

  test("a client cannot tell someone else's story", async () => {
    const { errors } = await hub.ask('kayleigh', TELL, { input: { personId: darren.id, goals: ['Not mine to say'] } });
    expect(errors[0].extensions?.code).toBe('FORBIDDEN');
  });
});
