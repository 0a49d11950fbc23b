/**
 * Consent enforcement can be switched off for one purpose only: the benchmark's comparison of the
 * hub with and without it. No environment variable, option or configuration file reaches this
 * switch; only code that calls it does (bench/subgraph-set-process.ts), and it refuses in production.
 */
let switchedOff = false;

export function switchOffConsentEnforcementForBenchmark(): void {
  if (process.env.NODE_ENV === 'production') {
    throw new Error('Consent enforcement cannot be switched off in production.');
  }
  switchedOff = true;
}

export const consentEnforced = (): boolean => !switchedOff;
