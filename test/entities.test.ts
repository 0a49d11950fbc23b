import { demoPeople } from '../prisma/demo-people';
import { startTestHub, type TestHub } from './support/test-hub';

const ENTITIES = `query Entities($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Person { id careers { status qualifications { title } } } }
}`;

describe('a subgraph resolves people by reference (_entities), as the gateway calls it', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  test('careers answers for several people at once, null records for people it does not know', async () => {
    const { darren, kayleigh, maggie } = demoPeople;
    const { data, errors } = await hub.ask(
      'priya',
      ENTITIES,
      { representations: [darren, maggie, kayleigh].map(({ id }) => ({ __typename: 'Person', id })) },
      hub.subgraphUrl('careers'),
    );
    expect(errors).toEqual([]);
    expect(data._entities.map((p: { id: string }) => p.id)).toEqual([darren.id, maggie.id, kayleigh.id]);
    expect(data._entities[0].careers.status).toBe('NEET');
    expect(data._entities[1].careers).toBeNull();
    expect(data._entities[2].careers.qualifications.map((q: { title: string }) => q.title)).toContain('Functional Skills English');
  });

  test('people resolves identities by reference, and unknown ids to null', async () => {
    const { data } = await hub.ask(
      'priya',
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id givenName } } }`,
      { r: [{ __typename: 'Person', id: demoPeople.jordan.id }, { __typename: 'Person', id: '00000000-0000-4000-8000-999999999999' }] },
      hub.subgraphUrl('people'),
    );
    expect(data._entities).toEqual([{ id: demoPeople.jordan.id, givenName: 'Jordan' }, null]);
  });

  test('without a token, _entities gets 401 like any other request', async () => {
    const response = await fetch(hub.subgraphUrl('careers'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: ENTITIES, variables: { representations: [{ __typename: 'Person', id: demoPeople.darren.id }] } }),
    });
    expect(response.status).toBe(401);
  });
});
