import type { Probe } from './corrupted-registrations';

/** What one register size gave for the same probes. */
export interface MatchingSide {
  label: string;
  people: number;
  probes: number;
  /** ALREADY_KNOWN answers, and how many were the right person. */
  known: number;
  knownCorrect: number;
  /** Probes of people the register holds, and how many came back as them or listed them. */
  held: number;
  found: number;
  /** POSSIBLE_MATCHES answers for held people, and how many listed the right one. */
  asked: number;
  askedListingThem: number;
  /** Candidates listed in all, over every POSSIBLE_MATCHES answer. */
  candidatesListed: number;
  newcomers: number;
  newcomersRegistered: number;
  newcomersAsked: number;
  newcomersKnown: number;
  registrationsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  /** Held people neither known nor listed, and wrong ALREADY_KNOWN answers, by what was done to the details. */
  missedByKind: Record<string, number>;
  wrongKnownByKind: Record<string, number>;
  /** Probes of held people, and how many were found, by corruption. */
  foundByKind: Record<string, { probes: number; found: number }>;
}

export interface MatchingReport {
  loadSeconds: Record<string, number>;
  concurrency: number;
  /** The large register, then the small one, with the same registrations: latency compared. */
  sides: MatchingSide[];
  /** More registrations on the large register alone: the accuracy figures with thousands of answers. */
  accuracy: MatchingSide;
}

interface Answer {
  outcome: 'REGISTERED' | 'ALREADY_KNOWN' | 'POSSIBLE_MATCHES';
  person: { id: string } | null;
  possibleMatches: Array<{ person: { id: string } }>;
}

const REGISTER = `mutation Register($input: RegisterPersonInput!) {
  registerPerson(input: $input) { outcome person { id } possibleMatches { person { id } } }
}`;

export interface MatchingTarget {
  label: string;
  people: number;
  url: string;
  token: string;
}

const percentile = (sorted: number[], p: number) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]);

async function register(target: MatchingTarget, probe: Probe): Promise<{ ms: number; answer: Answer }> {
  const started = performance.now();
  const response = await fetch(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${target.token}` },
    body: JSON.stringify({ query: REGISTER, variables: { input: probe.input } }),
  });
  const body = (await response.json()) as { data?: { registerPerson: Answer } | null; errors?: Array<{ message: string }> };
  const ms = performance.now() - started;
  if (!body.data?.registerPerson || body.errors?.length) {
    throw new Error(`registration of ${JSON.stringify(probe.input)} answered ${response.status}: ${body.errors?.map((e) => e.message).join('; ')}`);
  }
  return { ms, answer: body.data.registerPerson };
}

/** Sends `probes` with `concurrency` in flight; the latency of each and its answer, in probe order. */
async function sendAll(target: MatchingTarget, probes: Probe[], concurrency: number) {
  const results: Array<{ ms: number; answer: Answer }> = new Array(probes.length);
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < probes.length) {
        const index = next++;
        results[index] = await register(target, probes[index]);
      }
    }),
  );
  return { results, seconds: (performance.now() - started) / 1000 };
}

const bump = (counts: Record<string, number>, kinds: string[]) => kinds.forEach((kind) => (counts[kind] = (counts[kind] ?? 0) + 1));

/**
 * Registers every probe once on each register, in batches that alternate which register goes first
 * (the machine is shared: both sides see the same noise), and scores every answer against the truth.
 */
export async function runMatchingBenchmark(targets: MatchingTarget[], probes: Probe[], options: { batch: number; concurrency: number }): Promise<MatchingSide[]> {
  const latencies = targets.map(() => [] as number[]);
  const seconds = targets.map(() => 0);
  const answers = targets.map(() => [] as Answer[]);
  for (let from = 0, round = 0; from < probes.length; from += options.batch, round += 1) {
    const batch = probes.slice(from, from + options.batch);
    const order = round % 2 === 0 ? targets.map((_, i) => i) : targets.map((_, i) => targets.length - 1 - i);
    for (const side of order) {
      const { results, seconds: took } = await sendAll(targets[side], batch, options.concurrency);
      seconds[side] += took;
      for (const result of results) {
        latencies[side].push(result.ms);
        answers[side].push(result.answer);
      }
    }
  }
  return targets.map((target, side) => {
    const figures: MatchingSide = {
      label: target.label, people: target.people, probes: probes.length,
      known: 0, knownCorrect: 0, held: 0, found: 0, asked: 0, askedListingThem: 0, candidatesListed: 0,
      newcomers: 0, newcomersRegistered: 0, newcomersAsked: 0, newcomersKnown: 0,
      registrationsPerSecond: probes.length / seconds[side],
      p50Ms: 0, p95Ms: 0, missedByKind: {}, wrongKnownByKind: {}, foundByKind: {},
    };
    probes.forEach((probe, index) => {
      const answer = answers[side][index];
      const listed = answer.possibleMatches.map((match) => match.person.id);
      if (answer.outcome === 'POSSIBLE_MATCHES') figures.candidatesListed += listed.length;
      if (answer.outcome === 'ALREADY_KNOWN') {
        figures.known += 1;
        if (answer.person?.id === probe.truthId) figures.knownCorrect += 1;
        else bump(figures.wrongKnownByKind, probe.kind);
      }
      if (probe.truthId === null) {
        figures.newcomers += 1;
        if (answer.outcome === 'REGISTERED') figures.newcomersRegistered += 1;
        if (answer.outcome === 'POSSIBLE_MATCHES') figures.newcomersAsked += 1;
        if (answer.outcome === 'ALREADY_KNOWN') figures.newcomersKnown += 1;
        return;
      }
      figures.held += 1;
      const found = (answer.outcome === 'ALREADY_KNOWN' && answer.person?.id === probe.truthId) || listed.includes(probe.truthId);
      if (answer.outcome === 'POSSIBLE_MATCHES') {
        figures.asked += 1;
        if (listed.includes(probe.truthId)) figures.askedListingThem += 1;
      }
      if (found) figures.found += 1;
      else bump(figures.missedByKind, probe.kind);
      for (const kind of probe.kind) {
        const row = (figures.foundByKind[kind] ??= { probes: 0, found: 0 });
        row.probes += 1;
        if (found) row.found += 1;
      }
    });
    const sorted = [...latencies[side]].sort((a, b) => a - b);
    figures.p50Ms = percentile(sorted, 50);
    figures.p95Ms = percentile(sorted, 95);
    return figures;
  });
}
