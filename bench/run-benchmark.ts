import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { issueToken, type TokenClaims } from '../hub/tokens';
import { resolveTokenSettings } from '../hub/token-settings';
import type { DatabaseUrls } from '../hub/database-url';
import { startEmbeddedPostgres } from '../hub/embedded-postgres';
import { projectRoot } from '../hub/project-root';
import { alternate, UnexpectedAnswers } from './alternating-rounds';
import { FULL, QUICK, SMOKE, type BenchSettings } from './bench-settings';
import { startBenchProcess, type BenchProcess } from './bench-processes';
import { startMachinePostgres } from './machine-postgres';
import { benchTeams, buildDatasets, type BenchDatasets, caseloadAgency, MIXED_CASELOAD_AGENCY, REGISTER_AGENCY } from './datasets';
import * as operations from './operations';
import { judgeTargets, printReport, type BenchReport, type Comparison } from './report';
import { assertSameAnswers } from './same-answers';
import { statementsPerRequest } from './statements-per-request';
import { measureMatching } from './matching-datasets';
import type { MatchingReport } from './matching-benchmark';

/** The scenario suffix of the separate-services topology's comparisons (`--topology separate`). */
const SEPARATE = ' [separate PostgreSQL]';

/** The servers comparisons 1 and 1b need, in one topology. */
interface TopologyServers {
  gatewayOn: BenchProcess;
  gatewayOff: BenchProcess;
  setOn: BenchProcess;
  setOff: BenchProcess;
  floor: BenchProcess;
  /** The PostgreSQL server of both sets and the floor: its CPU per answer is reported beside theirs. */
  databaseDir: string;
}

/** The comparisons of one dataset set and its servers; `matching` builds its own registers. */
const COMPARISONS: Array<Comparison['id']> = ['consent', 'floor', 'gateway', 'one-subgraph', 'caseload-size', 'register-size'];

const flag = (name: string) => process.argv.includes(`--${name}`);
const option = (name: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
};

async function main() {
  const settings: BenchSettings = flag('smoke') ? SMOKE : flag('quick') ? QUICK : FULL;
  // --only consent,gateway: some comparisons, e.g. while profiling one (--cpu-prof DIR).
  const only = option('only')?.split(',');
  const wanted = (id: Comparison['id'] | 'matching') => !only || only.includes(id);
  const profileDir = option('cpu-prof');
  const execArgv = profileDir ? ['--cpu-prof', '--cpu-prof-dir', path.resolve(profileDir)] : [];
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-bench-'));
  const processes: BenchProcess[] = [];
  let stopServer = async () => {};
  let stopMachineServer = async () => {};
  const topologies: NonNullable<BenchReport['topologies']> = {};
  const started = Date.now();
  const loadAtStart = os.loadavg();
  let writeReport: ((failed?: string) => void) | undefined;
  try {
    const server = await startEmbeddedPostgres(root);
    stopServer = server.stop;
    const keys = path.join(root, 'keys');
    const teams = JSON.stringify(benchTeams(settings.caseloadSizes));
    const { signingKey } = await resolveTokenSettings({ kind: 'local' }, keys);
    const token = (claims: TokenClaims) => issueToken(signingKey!, claims);
    const adviser = (agency: string) => token({ sub: `bench-adviser-${agency}`, role: 'adviser', agency });

    const start = async (script: string, args: string[], label: string) => {
      const running = await startBenchProcess(script, args, label, execArgv);
      processes.push(running);
      return running;
    };
    const subgraphSet = (databases: DatabaseUrls, consent: 'on' | 'off', label: string) =>
      start('subgraph-set-process', ['--databases', JSON.stringify(databases), '--keys', keys, '--consent', consent, '--teams', teams], label);
    const hubGateway = (set: BenchProcess, label: string) =>
      start('hub-gateway-process', ['--keys', keys, '--subgraphs', JSON.stringify(set.urls), '--teams', teams], label);

    const comparisons: Comparison[] = [];
    const statements: BenchReport['statements'] = [];
    let datasets: BenchReport['datasets'] = { people: {}, rowsCloned: 0, seconds: 0 };
    let matching: MatchingReport | undefined;
    /** The report of what was measured: at the end, or, when a comparison fails, of the comparisons before it. */
    writeReport = (failed?: string) => {
      const report: BenchReport = {
        settings,
        machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}` },
        startedAt: new Date(started).toISOString(),
        loadAverage: { start: loadAtStart, end: os.loadavg() },
        seconds: 0,
        datasets,
        comparisons,
        statements,
        matching,
        topologies,
        ...(failed ? { failed } : {}),
      };
      report.seconds = (Date.now() - started) / 1000;
      report.targets = judgeTargets(report);
      const out = path.resolve(option('out') ?? path.join(projectRoot, '.bench', `${settings.name}-${report.startedAt.replace(/[:.]/g, '-')}.json`));
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
      printReport(report);
      console.log(`\nJSON: ${out}`);
    };
    if (COMPARISONS.some(wanted)) {
      console.log(`Building the datasets (${settings.name}) in ${root} ...`);
      // Without comparison 5 its registers are built at smoke size: they are started, never measured.
      // Nor are the caseloads of comparison 4 built without it (a caseload of 1,000 takes minutes on a busy machine).
      const registers = wanted('register-size') ? settings : { ...settings, smallRegister: SMOKE.smallRegister, largeRegister: SMOKE.largeRegister };
      const built = wanted('caseload-size') ? registers : { ...registers, caseloadSizes: [] };
      const data = await buildDatasets(server.serverUrl, built);
      datasets = data.figures;
      console.log(`  ${data.figures.seconds.toFixed(1)}s, ${data.figures.rowsCloned} rows cloned for the large register`);

      console.log('Starting the subgraph sets and gateways, each in a process of its own ...');
      const [setOn, setOff, setSmall, setLarge] = await Promise.all([
        subgraphSet(data.hub, 'on', 'subgraphs, consent on'),
        subgraphSet(data.consentOff, 'off', 'subgraphs, consent off'),
        subgraphSet(data.smallRegister, 'on', `subgraphs, ${settings.smallRegister} people`),
        subgraphSet(data.largeRegister, 'on', `subgraphs, ${settings.largeRegister} people`),
      ]);
      const [gatewayOn, gatewayOff, hive, gatewaySmall, gatewayLarge, floor] = await Promise.all([
        hubGateway(setOn, 'hub gateway, consent on'),
        hubGateway(setOff, 'hub gateway, consent off'),
        start('hive-gateway-process', ['--subgraphs', JSON.stringify(setOn.urls)], 'Hive Gateway'),
        hubGateway(setSmall, `hub gateway, ${settings.smallRegister} people`),
        hubGateway(setLarge, `hub gateway, ${settings.largeRegister} people`),
        start('floor-process', ['--databases', JSON.stringify(data.hub), '--keys', keys, '--teams', teams], 'the floor'),
      ]);

      const mixedAdviser = await adviser(MIXED_CASELOAD_AGENCY);
      const employmentAdviser = await adviser('employability');
      const registerAdviser = await adviser(REGISTER_AGENCY);
      const scenariosOf = (people: Pick<BenchDatasets, 'singleViewPersonId' | 'writePersonId'>, suffix = '') => [
        { name: `caseload${suffix}`, token: mixedAdviser, operation: operations.caseload(settings.mixedCaseload), load: { requests: settings.mixedCaseloadRequests } },
        { name: `single view${suffix}`, token: mixedAdviser, operation: operations.singleView(people.singleViewPersonId) },
        { name: `write${suffix}`, token: employmentAdviser, operation: operations.recordOutcome(people.writePersonId) },
      ];
      const scenarios = scenariosOf(data);
      const compare = async (comparison: Omit<Comparison, 'sides'>, sides: Parameters<typeof alternate>[0], load?: Parameters<typeof alternate>[2]) => {
        const readOnly = sides.every((side) => side.operation.query.trimStart().startsWith('query'));
        const sameAnswers = readOnly && ['gateway', 'one-subgraph', 'floor'].includes(comparison.id);
        if (sameAnswers) await assertSameAnswers(sides);
        console.log(`  ${comparison.id} ${comparison.scenario}: ${sides.map((side) => side.label).join(' / ')}`);
        comparisons.push({ ...comparison, sides: await alternate(sides, settings, load), ...(sameAnswers ? { sameAnswers } : {}) });
      };

      /** Comparisons 1 and 1b over one topology's servers. */
      const consentAndFloor = async (servers: TopologyServers, topologyScenarios: ReturnType<typeof scenariosOf>) => {
        // --scenarios single-view,write: some of the consent scenarios (the floor always measures the single view).
        const named = option('scenarios')?.split(',');
        const chosen = topologyScenarios.filter((scenario, index) => !named || named.includes(['caseload', 'single-view', 'write'][index]));
        for (const scenario of chosen.filter(() => wanted('consent'))) {
          await compare({ id: 'consent', scenario: scenario.name }, [
            { label: 'consent on', url: servers.gatewayOn.urls.gateway, token: scenario.token, operation: scenario.operation, processes: [servers.gatewayOn, servers.setOn], databaseDir: servers.databaseDir },
            { label: 'consent off', url: servers.gatewayOff.urls.gateway, token: scenario.token, operation: scenario.operation, processes: [servers.gatewayOff, servers.setOff], databaseDir: servers.databaseDir },
          ], scenario.load);
        }
        // The floor runs with every consent comparison (and alone with --only floor): hub/floor in every run.
        const singleView = topologyScenarios[1];
        await compare({ id: 'floor', scenario: singleView.name }, [
          { label: 'hub, consent on', url: servers.gatewayOn.urls.gateway, token: singleView.token, operation: singleView.operation, processes: [servers.gatewayOn, servers.setOn], databaseDir: servers.databaseDir },
          { label: 'the floor', url: servers.floor.urls.floor, token: singleView.token, operation: singleView.operation, processes: [servers.floor], databaseDir: servers.databaseDir },
        ]);
      };
      if (wanted('consent') || wanted('floor')) {
        console.log('1. Consent enforcement on / off, and 1b. the hub (consent on) / the floor: the single view as a plain handler over the same rows');
        await consentAndFloor({ gatewayOn, gatewayOff, setOn, setOff, floor, databaseDir: server.databaseDir }, scenarios);
      }
      if (option('topology') === 'separate' && (wanted('consent') || wanted('floor'))) {
        console.log('1 and 1b again, separate services: the subgraphs on a separately started PostgreSQL server (the machine\'s own)');
        const machine = await startMachinePostgres(path.join(root, 'machine-postgres'));
        if ('unavailable' in machine) {
          console.log(`  skipped: ${machine.unavailable}`);
          topologies.separate = { skipped: machine.unavailable };
        } else {
          stopMachineServer = machine.stop;
          topologies.separate = { server: machine.version };
          const apart = await buildDatasets(machine.serverUrl, { ...settings, caseloadSizes: [], smallRegister: SMOKE.smallRegister, largeRegister: SMOKE.largeRegister });
          const [apartOn, apartOff] = await Promise.all([
            subgraphSet(apart.hub, 'on', 'subgraphs, consent on, separate PostgreSQL'),
            subgraphSet(apart.consentOff, 'off', 'subgraphs, consent off, separate PostgreSQL'),
          ]);
          const [apartGatewayOn, apartGatewayOff, apartFloor] = await Promise.all([
            hubGateway(apartOn, 'hub gateway, consent on, separate PostgreSQL'),
            hubGateway(apartOff, 'hub gateway, consent off, separate PostgreSQL'),
            start('floor-process', ['--databases', JSON.stringify(apart.hub), '--keys', keys, '--teams', teams], 'the floor, separate PostgreSQL'),
          ]);
          await consentAndFloor({ gatewayOn: apartGatewayOn, gatewayOff: apartGatewayOff, setOn: apartOn, setOff: apartOff, floor: apartFloor, databaseDir: machine.databaseDir }, scenariosOf(apart, SEPARATE));
        }
      }
      if (wanted('gateway')) console.log('2. Hub gateway / Hive Gateway, same supergraph, same subgraphs');
      for (const scenario of scenarios.filter(() => wanted('gateway'))) {
        await compare({ id: 'gateway', scenario: scenario.name }, [
          { label: 'hub gateway', url: gatewayOn.urls.gateway, token: scenario.token, operation: scenario.operation },
          { label: 'Hive Gateway', url: hive.urls.gateway, token: scenario.token, operation: scenario.operation },
        ], scenario.load);
      }
      if (wanted('one-subgraph')) {
        console.log('3. One subgraph through the gateway / directly');
        const identity = operations.identityOnly(data.singleViewPersonId);
        await compare({ id: 'one-subgraph', scenario: 'identity (people subgraph)' }, [
          { label: 'through the gateway', url: gatewayOn.urls.gateway, token: mixedAdviser, operation: identity },
          { label: 'people subgraph directly', url: setOn.urls.people, token: mixedAdviser, operation: identity },
        ]);
      }

      if (wanted('caseload-size')) {
        console.log('4. Caseload size: SQL statements per request, and latency');
        const caseloadSides = await Promise.all(
          settings.caseloadSizes.map(async (size) => ({
            label: `caseload of ${size}`,
            url: gatewayOn.urls.gateway,
            token: await adviser(caseloadAgency(size)),
            operation: operations.caseload(size),
          })),
        );
        for (const side of caseloadSides) statements.push({ label: side.label, ...(await statementsPerRequest(side, setOn, settings.countedRequests)) });
        // A caseload of 1,000 takes seconds: a fixed number of requests, one at a time, every one answered.
        await compare({ id: 'caseload-size', scenario: 'caseload' }, caseloadSides, { connections: 1, requests: settings.caseloadRequests });
      }

      if (wanted('register-size')) console.log(`5. ${settings.largeRegister} people / ${settings.smallRegister} people`);
      const registerOperations = [
        { name: 'single view', operation: operations.singleView(data.registerPersonId) },
        { name: 'registration with matching', operation: operations.registerNewPerson() },
      ];
      for (const { name, operation } of registerOperations.filter(() => wanted('register-size'))) {
        await compare({ id: 'register-size', scenario: name }, [
          { label: `${settings.largeRegister} people`, url: gatewayLarge.urls.gateway, token: registerAdviser, operation },
          { label: `${settings.smallRegister} people`, url: gatewaySmall.urls.gateway, token: registerAdviser, operation },
        ]);
      }

    }

    if (wanted('matching')) {
      console.log(`6. Matching: a synthetic register of ${settings.matching.smallRegister} / ${settings.matching.largeRegister} people, the same corrupted registrations sent to both`);
      matching = await measureMatching(server.serverUrl, settings, {
        start: (databases, label) => subgraphSet(databases, 'on', label).then((set) => hubGateway(set, `hub gateway, ${label}`)),
        token: await adviser(REGISTER_AGENCY),
      });
    }

    writeReport();
  } catch (error) {
    if (error instanceof UnexpectedAnswers) writeReport?.(error.message);
    throw error;
  } finally {
    await Promise.all(processes.map((running) => running.stop()));
    await Promise.all([stopServer(), stopMachineServer()]);
    fs.rmSync(root, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof UnexpectedAnswers ? `The benchmark failed: ${error.message}` : error);
  process.exit(1);
});
