import { startGateway, type RunningGateway } from '../gateway/serve-gateway';
import { GATEWAY_IDENTITY, subgraphIdentity } from '../hub/service-identities';
import { demoPeople } from '../prisma/demo-people';
import { startSubgraph, type RunningSubgraph } from '../subgraphs/kit/serve-subgraph';
import { welfareRights } from '../subgraphs/welfare-rights';
import { startTestHub, type TestHub } from './support/test-hub';

const { tomasz } = demoPeople;
const WELFARE = `query($id: ID!) { person(id: $id) { id welfare { householdType } } }`;
const GRANT = `mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`;
const WITHDRAW = `mutation($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { active } }`;

/**
 * Two replicas of welfare-rights on one database, each with its own consent copy: the hub's own,
 * behind the hub's gateway, and a second one behind a second gateway. A consent changed through
 * one gateway is read at once through the other, so a copy that lagged the change would show.
 */
describe('a withdrawal counts from the next request, on another replica of the subgraph', () => {
  let hub: TestHub;
  let replica: RunningSubgraph;
  let otherGateway: RunningGateway;
  beforeAll(async () => {
    hub = await startTestHub();
    replica = await startSubgraph(welfareRights, {
      port: 0,
      databaseUrl: hub.databaseUrls['welfare-rights'],
      dataDir: hub.dataDir,
      auth: hub.hub.auth,
      serviceCredential: await hub.serviceCredential(subgraphIdentity(welfareRights)),
      consentUrl: () => hub.subgraphUrl('consent'),
    });
    otherGateway = await startGateway({
      port: 0,
      auth: hub.hub.auth,
      serviceCredential: await hub.serviceCredential(GATEWAY_IDENTITY),
      subgraphUrls: { ...Object.fromEntries([...hub.hub.subgraphs].map(([name, s]) => [name, s.url])), 'welfare-rights': replica.url },
    });
  });
  afterAll(async () => {
    await otherGateway?.stop();
    await replica?.stop();
    await hub?.stop();
  });

  test('grant and withdraw through one gateway, read at once through the other, 50 times: never served after the withdrawal returned, always served after the grant returned', async () => {
    // Tomasz's own consent to employability covers benefits; he withdraws it, so that only the consents given below count.
    const mine = await hub.ask('tomasz', '{ me { consents { id agency active categories } } }');
    for (const consent of mine.data.me.consents.filter((c: { agency: string; active: boolean; categories: string[] }) => c.agency === 'employability' && c.active && c.categories.includes('benefits'))) {
      const answer = await hub.ask('tomasz', WITHDRAW, { input: { consentId: consent.id, personId: tomasz.id } });
      expect(answer.errors).toEqual([]);
    }
    const readThroughReplica = () => hub.ask('dana', WELFARE, { id: tomasz.id }, otherGateway.url);
    const refused = await readThroughReplica();
    expect(refused.errors.map((e) => e.extensions?.code)).toEqual(['CONSENT_REQUIRED']);

    const outcomes: string[] = [];
    for (let round = 0; round < 50; round += 1) {
      const granted = await hub.ask('tomasz', GRANT, {
        input: { personId: tomasz.id, agency: 'employability', categories: ['benefits'], purpose: `Round ${round}.`, evidence: 'DIGITAL_SELF_SERVICE' },
      });
      expect(granted.errors).toEqual([]);
      const afterGrant = await readThroughReplica();
      outcomes.push(afterGrant.data.person.welfare ? 'served' : `refused ${afterGrant.errors[0]?.extensions?.code}`);

      const withdrawn = await hub.ask('tomasz', WITHDRAW, { input: { consentId: granted.data.grantConsent.id, personId: tomasz.id } });
      expect(withdrawn.data.withdrawConsent.active).toBe(false);
      const afterWithdrawal = await readThroughReplica();
      outcomes.push(afterWithdrawal.data.person.welfare ? 'served' : `refused ${afterWithdrawal.errors[0]?.extensions?.code}`);
    }
    expect(outcomes).toEqual(Array.from({ length: 50 }, () => ['served', 'refused CONSENT_REQUIRED']).flat());

    // The replica's refusals are its own decisions, in the log as from welfare-rights.
    const log = await hub.ask('tomasz', '{ me { accessLog { agency category decision reason } } }');
    expect(log.data.me.accessLog).toContainEqual({ agency: 'employability', category: 'benefits', decision: 'DENIED', reason: 'NO_CONSENT' });
    expect(log.data.me.accessLog).toContainEqual({ agency: 'employability', category: 'benefits', decision: 'ALLOWED', reason: 'CONSENT' });
  });
});
