import { copyDatabases, databasesOnServer } from '../hub/database-copies';
import type { DatabaseUrls } from '../hub/database-url';
import { prepareDatabases } from '../hub/prepare-databases';
import { subgraphRegistry } from '../subgraphs/registry';
import type { BenchSettings } from './bench-settings';
import { clonePeople } from './cloned-people';
import { generateCaseload, linkAgency, type SubgraphClients } from './generated-caseload';

/** The teams whose advisers the benchmark signs in as, one per caseload (admitted by `admitBenchTeams`). */
export const MIXED_CASELOAD_AGENCY = 'generated-mixed-caseload';
export const caseloadAgency = (size: number) => `generated-caseload-${size}`;
export const REGISTER_AGENCY = 'generated-register';

/** Every process of the benchmark that checks tokens admits these invented teams first (`--teams`). */
export const benchTeams = (caseloadSizes: number[]) => [MIXED_CASELOAD_AGENCY, REGISTER_AGENCY, ...caseloadSizes.map(caseloadAgency)];

export interface BenchDatasets {
  /** Demo data, the mixed caseload (half consented, half refused) and the caseloads of every size. */
  hub: DatabaseUrls;
  /** A copy of `hub`, served by the subgraphs with consent enforcement switched off. */
  consentOff: DatabaseUrls;
  /** A consented person of the mixed caseload: the single view and the one-subgraph query. */
  singleViewPersonId: string;
  /** Another, whose outcomes the write scenario records: the single view must not grow with the writes. */
  writePersonId: string;
  /** Registers of `smallRegister` and `largeRegister` people, and one person present in both. */
  smallRegister: DatabaseUrls;
  largeRegister: DatabaseUrls;
  registerPersonId: string;
  figures: { people: Record<string, number>; rowsCloned: number; seconds: number };
}

/** Opens every subgraph's database, lets `write` use them, and closes them. */
async function withClients<T>(urls: DatabaseUrls, write: (clients: SubgraphClients) => Promise<T>): Promise<T> {
  const databases = new Map(subgraphRegistry.map(({ definition }) => [definition.name, definition.openDatabase(urls[definition.name])]));
  try {
    return await write((name) => databases.get(name)!.client);
  } finally {
    await Promise.all([...databases.values()].map((database) => database.close()));
  }
}

/**
 * Builds every dataset the benchmark serves, on one PostgreSQL server: migrated and seeded like
 * `npm start`'s, then filled with generated people through the subgraphs' own Prisma clients,
 * and the large register cloned from the small one in SQL. Each dataset is a set of databases
 * named by its prefix; copies are `CREATE DATABASE ... TEMPLATE`.
 */
export async function buildDatasets(serverUrl: string, settings: BenchSettings): Promise<BenchDatasets> {
  const started = Date.now();
  const hub = databasesOnServer(serverUrl, 'bench_hub_');
  await prepareDatabases(hub, { demoData: true });
  const { singleViewPersonId, writePersonId } = await withClients(hub, async (clients) => {
    const consented = await generateCaseload(clients, MIXED_CASELOAD_AGENCY, settings.mixedCaseload / 2);
    await generateCaseload(clients, MIXED_CASELOAD_AGENCY, settings.mixedCaseload / 2, { consented: false });
    for (const size of settings.caseloadSizes) await generateCaseload(clients, caseloadAgency(size), size);
    // The write benchmark's employment adviser writes for a person employability works with.
    await linkAgency(clients, 'employability', consented[1]);
    return { singleViewPersonId: consented[0], writePersonId: consented[1] };
  });
  const consentOff = await copyDatabases(serverUrl, 'bench_hub_', 'bench_consent_off_');

  const smallRegister = databasesOnServer(serverUrl, 'bench_register_small_');
  await prepareDatabases(smallRegister, { demoData: true });
  const registered = await withClients(smallRegister, (clients) => generateCaseload(clients, REGISTER_AGENCY, settings.smallRegister));
  const largeRegister = await copyDatabases(serverUrl, 'bench_register_small_', 'bench_register_large_');
  const copies = settings.largeRegister / settings.smallRegister - 1;
  let rowsCloned = 0;
  for (const { definition } of subgraphRegistry) {
    rowsCloned += await clonePeople(largeRegister[definition.name], registered, copies);
  }

  const people = {
    'mixed caseload': settings.mixedCaseload,
    ...Object.fromEntries(settings.caseloadSizes.map((size) => [`caseload ${size}`, size])),
    'small register': settings.smallRegister,
    'large register': settings.largeRegister,
  };
  return {
    hub,
    consentOff,
    singleViewPersonId,
    writePersonId,
    smallRegister,
    largeRegister,
    registerPersonId: registered[Math.floor(registered.length / 2)],
    figures: { people, rowsCloned, seconds: (Date.now() - started) / 1000 },
  };
}
