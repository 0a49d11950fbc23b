/**
 * Every agency the hub knows. A token, a referral or a consent naming an agency outside this
 * list is refused: a typo ("employabilty") must not become an agency that receives data.
 * An agency with a `subgraph` owns that subgraph's records; the others (a prison's resettlement
 * team, the council's data-protection office) work through the hub core and the graph.
 */
export interface Agency {
  code: string;
  name: string;
  kind:
    | 'local-authority'
    | 'careers-service'
    | 'advice-service'
    | 'employability-provider'
    | 'criminal-justice'
    | 'oversight'
    | 'housing-provider'
    | 'treatment-provider'
    | 'partner';
  /** The subgraph whose records this agency's staff own, if any. */
  subgraph: string | null;
}

export const agencies = [
  { code: 'social-services', name: "The council's social services", kind: 'local-authority', subgraph: 'social-services' },
  { code: 'careers', name: 'The careers service', kind: 'careers-service', subgraph: 'careers' },
  { code: 'welfare-rights', name: 'Welfare rights advice', kind: 'advice-service', subgraph: 'welfare-rights' },
  { code: 'employability', name: 'Employability programmes', kind: 'employability-provider', subgraph: 'employability' },
  { code: 'prison-resettlement', name: 'Prison resettlement team', kind: 'criminal-justice', subgraph: null },
  { code: 'council', name: "The council's data-protection office", kind: 'oversight', subgraph: null },
  { code: 'housing', name: 'Housing options and support', kind: 'housing-provider', subgraph: 'housing' },
  { code: 'drug-alcohol-service', name: 'Drug and alcohol recovery service', kind: 'treatment-provider', subgraph: 'drug-alcohol-service' },
] as const satisfies readonly Agency[];

export type AgencyCode = (typeof agencies)[number]['code'];

export const agencyCodes: readonly string[] = agencies.map((agency) => agency.code);

/**
 * Generated caseloads (the benchmark's, the N+1 test's) are held by invented teams named
 * `generated-...`. Only code that builds such data admits them, never a setting, and never in
 * production.
 */
const generatedTeams = new Set<string>();

export function admitGeneratedTeams(codes: string[]): void {
  if (process.env.NODE_ENV === 'production') throw new Error('Generated teams are never admitted in production.');
  for (const code of codes) {
    if (!code.startsWith('generated-')) throw new Error(`A generated team's code starts with "generated-": ${code}`);
    generatedTeams.add(code);
  }
}

export const isKnownAgency = (code: unknown): code is AgencyCode =>
  typeof code === 'string' && (agencyCodes.includes(code) || generatedTeams.has(code));

export const agencyNamed = (code: string): Agency | undefined => agencies.find((agency) => agency.code === code);

/** The agency that owns a subgraph's records, if one does (hub-core subgraphs have none). */
export const owningAgencyOf = (subgraph: string): AgencyCode | null =>
  agencies.find((agency) => agency.subgraph === subgraph)?.code ?? null;
