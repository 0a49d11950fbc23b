/** How big and how long: the full benchmark of BENCHMARKS.md, or the smoke run CI uses so that it cannot rot. */
export interface BenchSettings {
  name: 'full' | 'quick' | 'smoke';
  /** Measured rounds per comparison, after one warm-up of each side. */
  rounds: number;
  secondsPerRun: number;
  /** Smoke only: a fixed number of requests per round instead of a time, so a busy machine still answers some. */
  requestsPerRound?: number;
  warmUpSeconds: number;
  connections: number;
  /** The adviser's caseload of the consent and gateway comparisons: half consented, half refused. */
  mixedCaseload: number;
  /**
   * Requests per round for that caseload, all awaited, instead of a timed round: on PostgreSQL one
   * answer under 8 connections can take longer than a whole round (3 s), which a timed round
   * would report as no answer at all.
   */
  mixedCaseloadRequests?: number;
  caseloadSizes: number[];
  /** Requests whose SQL statements are counted, per caseload size. */
  countedRequests: number;
  /** Requests per round of the caseload-size comparison, sent one at a time. */
  caseloadRequests: number;
  smallRegister: number;
  largeRegister: number;
  /** The matching benchmark: a synthetic register of each size, and the registrations sent to both. */
  matching: {
    smallRegister: number; largeRegister: number; known: number; newcomers: number; batch: number; concurrency: number;
    /** Then, on the large register alone, more registrations drawn from all of it: precision needs thousands of answers. */
    accuracyKnown: number; accuracyNewcomers: number;
  };
}

export const FULL: BenchSettings = {
  name: 'full',
  // Four rounds, in the order A B B A A B B A: a machine speeding up or slowing down through a
  // comparison falls on both sides alike. Five seconds of warm-up: after two, the first measured
  // round of the single view still came out below the later ones on both sides (BENCHMARKS.md).
  rounds: 4,
  secondsPerRun: 3,
  warmUpSeconds: 5,
  connections: 8,
  mixedCaseload: 50,
  mixedCaseloadRequests: 24,
  caseloadSizes: [10, 100, 1000],
  countedRequests: 3,
  caseloadRequests: 3,
  smallRegister: 1_000,
  largeRegister: 100_000,
  matching: { smallRegister: 1_000, largeRegister: 100_000, known: 800, newcomers: 200, batch: 50, concurrency: 4, accuracyKnown: 4_000, accuracyNewcomers: 1_000 },
};

export const SMOKE: BenchSettings = {
  name: 'smoke',
  rounds: 1,
  secondsPerRun: 0.25,
  requestsPerRound: 4,
  warmUpSeconds: 0.25,
  connections: 2,
  mixedCaseload: 4,
  caseloadSizes: [2, 5],
  countedRequests: 1,
  caseloadRequests: 1,
  smallRegister: 20,
  largeRegister: 40,
  matching: { smallRegister: 60, largeRegister: 300, known: 16, newcomers: 8, batch: 8, concurrency: 2, accuracyKnown: 8, accuracyNewcomers: 4 },
};

/** Full-size data, shorter rounds: for development on a shared machine (`--quick`); report ratios only. */
export const QUICK: BenchSettings = { ...FULL, name: 'quick', rounds: 2, secondsPerRun: 5, warmUpSeconds: 5 };
