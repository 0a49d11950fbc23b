/**
 * The people and staff of the demo data, shared by every subgraph's seed so that one person's
 * records line up across agencies. Drawn from the programmes the hub serves; all invented.
 */
export const demoPeople = {
  darren: {
    id: '00000000-0000-4000-8000-000000000001',
    givenName: 'Darren',
    familyName: 'Whitlock',
    dateOfBirth: '1991-03-14',
    nationalInsuranceNumber: 'JT482913B',
    postcode: 'NE6 2PL',
    story: 'Leaving prison after an 18-month sentence, in drug treatment, referred to an employment adviser.',
  },
  kayleigh: {
    id: '00000000-0000-4000-8000-000000000002',
    givenName: 'Kayleigh',
    familyName: 'Marsh',
    dateOfBirth: '1996-11-02',
    nationalInsuranceNumber: 'PR736150C',
    postcode: 'NE4 7QS',
    story: 'Left street sex work, in recovery, gaining her first qualifications.',
  },
  jordan: {
    id: '00000000-0000-4000-8000-000000000003',
    givenName: 'Jordan',
    familyName: 'Reid',
    dateOfBirth: '2007-06-21',
    nationalInsuranceNumber: null,
    postcode: 'NE15 8RT',
    story: 'A care leaver, not in education, employment or training.',
  },
  maggie: {
    id: '00000000-0000-4000-8000-000000000004',
    givenName: 'Margaret',
    familyName: 'Doyle',
    preferredName: 'Maggie',
    dateOfBirth: '1973-01-30',
    nationalInsuranceNumber: 'WK290384A',
    postcode: 'NE29 6HF',
    story: 'Supported by a community wellbeing adviser, leaving home for the first time in years.',
  },
  tomasz: {
    id: '00000000-0000-4000-8000-000000000005',
    givenName: 'Tomasz',
    familyName: 'Nowak',
    dateOfBirth: '1984-09-09',
    nationalInsuranceNumber: 'SB615027D',
    postcode: 'NE8 3DX',
    story: "A single father of two, referred by the children's team.",
  },
} as const;

export type DemoPersonKey = keyof typeof demoPeople;

/** Staff of the demo agencies: the subjects of the demo tokens and the authors of demo records. */
export const demoStaff = {
  amara: { subject: 'staff-amara-osei', name: 'Amara Osei', agency: 'social-services', role: 'adviser', job: 'social worker, leaving care team' },
  ruth: { subject: 'staff-ruth-bell', name: 'Ruth Bell', agency: 'social-services', role: 'manager', job: 'team manager, supporting children' },
  priya: { subject: 'staff-priya-shah', name: 'Priya Shah', agency: 'careers', role: 'adviser', job: 'careers adviser' },
  gareth: { subject: 'staff-gareth-lloyd', name: 'Gareth Lloyd', agency: 'welfare-rights', role: 'adviser', job: 'welfare-rights adviser' },
  dana: { subject: 'staff-dana-okafor', name: 'Dana Okafor', agency: 'employability', role: 'adviser', job: 'employment adviser and navigator' },
  sam: { subject: 'staff-sam-green', name: 'Sam Green', agency: 'employability', role: 'adviser', job: 'community wellbeing adviser' },
  olu: { subject: 'staff-olu-adeyemi', name: 'Olu Adeyemi', agency: 'prison-resettlement', role: 'adviser', job: 'prison employment lead, HMP Northumberland' },
  nadia: { subject: 'staff-nadia-hussain', name: 'Nadia Hussain', agency: 'housing', role: 'adviser', job: 'housing options officer' },
  jas: { subject: 'staff-jas-kaur', name: 'Jas Kaur', agency: 'drug-alcohol-service', role: 'adviser', job: 'recovery key worker' },
  helen: { subject: 'staff-helen-achebe', name: 'Helen Achebe', agency: 'council', role: 'dpo', job: 'data-protection officer' },
} as const;

/** Which agencies work with each demo person (their caseloads), and which staff member registered them there. */
const knownTo: Record<keyof typeof demoPeople, (keyof typeof demoStaff)[]> = {
  darren: ['dana', 'gareth', 'priya', 'nadia', 'jas'],
  kayleigh: ['dana', 'gareth', 'priya', 'amara', 'nadia', 'jas'],
  jordan: ['amara', 'priya', 'gareth'],
  maggie: ['sam', 'gareth', 'amara'],
  tomasz: ['ruth', 'dana', 'gareth', 'priya'],
};

/**
 * The demo's agency links, with fixed ids: the people subgraph owns them and the consent subgraph
 * seeds the same rows into its copy, as if people had pushed them.
 */
export const demoLinks = Object.entries(knownTo).flatMap(([person, staff], p) =>
  staff.map((staffKey, s) => ({
    id: `00000000-0000-4000-9000-${String(p * 10 + s + 1).padStart(12, '0')}`,
    personId: demoPeople[person as keyof typeof demoPeople].id,
    agency: demoStaff[staffKey].agency,
    madeHow: 'REGISTERED',
    linkedBy: demoStaff[staffKey].subject,
    linkedAt: new Date('2026-08-20T09:00:00Z'),
  })),
);
