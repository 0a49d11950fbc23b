import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { jwtVerify } from 'jose';
import pg from 'pg';
import { callerFromClaims } from '../platform/caller';
import { ACCEPTED_ALGORITHMS, verificationKeys, type AuthSettings } from '../platform/verification-keys';
import type { DatabaseUrls } from '../hub/database-url';
import { progressOf, summaryOf } from '../subgraphs/employability/action-plan-progress';
import { today } from '../subgraphs/employability/today';
import { toStoryContent } from '../subgraphs/people/story-versions';
import { FLOOR_READS, type FloorReadName, type FloorRows, type Row } from './floor-reads';

/**
 * The floor: the single view answered as cheaply as the data allows. A plain Node HTTP handler
 * that checks the same bearer token (jose, the same key, issuer and audience), reads the same
 * rows from the same databases with named (prepared) statements, one per list, all at once, and
 * writes the same JSON the hub's gateway writes. No GraphQL, no gateway, no consent, no audit.
 * It answers that one operation only.
 */

/** The selection of a query, as nested field names in the order asked: how the answer's keys are ordered. */
export type Selection = Array<[field: string, inner: Selection | null]>;

/** Reads `{ a b { c } }` after `person(id: $id)`: the single view has no aliases, fragments or arguments below it. */
export function personSelection(query: string): Selection {
  const start = query.indexOf('{', query.indexOf('person('));
  const tokens = query.slice(start).match(/[A-Za-z_][A-Za-z0-9_]*|[{}]/g) ?? [];
  let at = 0;
  const block = (): Selection => {
    if (tokens[at++] !== '{') throw new Error('the floor expected a selection');
    const fields: Selection = [];
    while (tokens[at] !== '}') {
      const name = tokens[at++];
      fields.push([name, tokens[at] === '{' ? block() : null]);
    }
    at += 1;
    return fields;
  };
  return block();
}

function project(value: unknown, selection: Selection): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map((item) => project(item, selection));
  const source = value as Row;
  const out: Row = {};
  for (const [field, inner] of selection) {
    const fieldValue = source[field];
    out[field] = inner ? project(fieldValue, inner) : fieldValue instanceof Date ? fieldValue.toISOString() : (fieldValue ?? null);
  }
  return out;
}

const groupBy = (rows: Row[], key: string) => {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const group = groups.get(row[key]);
    if (group) group.push(row);
    else groups.set(row[key], [row]);
  }
  return (id: string) => groups.get(id) ?? [];
};

/** The rows as the person the hub answers: the same derived fields its resolvers compute. */
export function assemblePerson(rows: FloorRows): Row | null {
  const person = rows.person[0];
  if (!person) return null;
  const stepsOfGoal = groupBy(rows.steps, 'goalId');
  const historyOfReferral = groupBy(rows.referralHistory, 'referralId');
  const linesOf = groupBy(rows.calculationLines, 'calculationId');
  const programmes = new Map(rows.programmes.map((programme) => [programme.id, programme]));
  const now = new Date();
  const day = today();
  const record = (row: Row | undefined, lists: Row) => (row ? { ...row, ...lists } : null);
  const current = rows.storyVersions.find((version) => version.current);
  const personId = person.id as string;
  return {
    ...person,
    careers: record(rows.careersRecord[0], {
      qualifications: rows.qualifications,
      workHistory: rows.workHistory,
      guidanceSessions: rows.guidanceSessions,
      courses: rows.courses,
    }),
    consents: rows.consents.map((consent) => ({
      ...consent,
      active: consent.withdrawnAt === null && (consent.expiresAt === null || consent.expiresAt > now),
    })),
    treatment: record(rows.treatmentRecord[0], { prescriptions: rows.prescriptions, recoveryMilestones: rows.recoveryMilestones }),
    employability: record(rows.employabilityRecord[0], {
      enrolments: rows.enrolments.map((enrolment) => ({ ...enrolment, programme: programmes.get(enrolment.programmeId) })),
      actionPlan: rows.goals.map((goal) => ({ ...goal, steps: stepsOfGoal(goal.id), progress: progressOf(goal.personId, stepsOfGoal(goal.id) as any, day) })),
      actionPlanSummary: summaryOf(personId, rows.goals as any, rows.steps as any, day),
      activities: rows.activities,
      outcomes: rows.outcomes,
      placements: rows.placements,
      barrierFunding: rows.barrierFunding,
    }),
    housing: record(rows.housingRecord[0], { tenancies: rows.tenancies, homelessnessApplications: rows.homelessnessApplications }),
    story: current ? { ...toStoryContent(current as any), history: rows.storyVersions.slice(0, 100).map((version) => toStoryContent(version as any)) } : null,
    referrals: rows.referrals.map((referral) => ({
      ...referral,
      sharedCategories: JSON.parse(referral.sharedCategories),
      history: historyOfReferral(referral.id),
    })),
    socialCare: record(rows.socialCareRecord[0], { involvements: rows.involvements, safeguardingNotes: rows.safeguardingNotes }),
    welfare: record(rows.welfareRecord[0], {
      benefitAwards: rows.benefitAwards,
      debts: rows.debts,
      financialSupport: rows.financialSupport,
      betterOffCalculations: rows.calculations.map((calculation) => ({
        ...calculation,
        breakdown: linesOf(calculation.id).map((line) => ({ ...line, personId: calculation.personId })),
      })),
    }),
  };
}

/** Prisma stores DateTime as `timestamp(3)` without a zone, in UTC: read it as UTC, as Prisma does. */
const types = {
  getTypeParser: (oid: number, format?: string) =>
    oid === pg.types.builtins.TIMESTAMP ? (text: string) => new Date(`${text.replace(' ', 'T')}Z`) : pg.types.getTypeParser(oid, format as 'text'),
};

export interface Floor {
  url: string;
  stop(): Promise<void>;
}

export async function startFloor(options: { databases: DatabaseUrls; auth: AuthSettings; query: string; host?: string; poolSize?: number }): Promise<Floor> {
  const { auth, query } = options;
  const keys = verificationKeys(auth);
  const selection = personSelection(query);
  const pools = new Map(
    Object.entries(options.databases).map(([name, url]) => [name, new pg.Pool({ connectionString: url, max: options.poolSize ?? 10, types })]),
  );
  const reads = Object.entries(FLOOR_READS) as Array<[FloorReadName, (typeof FLOOR_READS)[FloorReadName]]>;

  const readAll = async (personId: string, agency: string): Promise<FloorRows> => {
    const results = await Promise.all(
      reads.map(([name, read]) =>
        pools.get(read.database)!.query({ name: `floor-${name}`, text: read.text, values: name === 'consents' ? [personId, agency] : [personId] }),
      ),
    );
    return Object.fromEntries(reads.map(([name], index) => [name, results[index].rows])) as FloorRows;
  };

  const answer = async (req: http.IncomingMessage, body: string): Promise<[number, string]> => {
    const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    if (!match) return [401, JSON.stringify({ errors: [{ message: 'A bearer token is required', extensions: { code: 'UNAUTHENTICATED' } }] })];
    let caller;
    try {
      const { payload } = await jwtVerify(match[1], keys, { issuer: auth.issuer, audience: auth.audience, algorithms: ACCEPTED_ALGORITHMS });
      caller = callerFromClaims(payload);
    } catch (error) {
      return [401, JSON.stringify({ errors: [{ message: `The bearer token was refused: ${(error as Error).message}`, extensions: { code: 'UNAUTHENTICATED' } }] })];
    }
    const request = JSON.parse(body) as { query?: string; variables?: { id?: unknown } };
    if (request.query !== query || typeof request.variables?.id !== 'string') {
      return [400, JSON.stringify({ errors: [{ message: 'The floor answers the single view only', extensions: { code: 'BAD_REQUEST' } }] })];
    }
    const person = assemblePerson(await readAll(request.variables.id, caller.agency ?? ''));
    return [200, JSON.stringify({ data: { person: project(person, selection) } })];
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      answer(req, Buffer.concat(chunks).toString('utf8'))
        .catch((error: Error) => [500, JSON.stringify({ errors: [{ message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }] })] as [number, string])
        .then(([status, text]) => {
          res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
          res.end(text);
        });
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, options.host ?? '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.all([...pools.values()].map((pool) => pool.end()));
    },
  };
}
