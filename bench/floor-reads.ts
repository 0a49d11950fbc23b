/**
 * The SQL the floor sends for one single view: one named (prepared) statement per list the hub's
 * subgraphs read, in the order their loaders ask for (`subgraphs/<name>/*.loaders.ts`), each on
 * the subgraph's own database. `$1` is the person's id; the consent read also takes the caller's
 * agency (`$2`), as staff see only their own agency's consents.
 */
export type FloorRead = { database: string; text: string };

const byPerson = (database: string, table: string, orderBy?: string): FloorRead => ({
  database,
  text: `SELECT * FROM "${table}" WHERE "personId" = $1${orderBy ? ` ORDER BY ${orderBy}` : ''}`,
});

export const FLOOR_READS = {
  person: { database: 'people', text: 'SELECT * FROM "Person" WHERE id = $1' },
  storyVersions: byPerson('people', 'StoryVersion', 'version DESC'),
  referrals: byPerson('people', 'Referral', '"createdAt" ASC, id ASC'),
  referralHistory: {
    database: 'people',
    text: 'SELECT * FROM "ReferralStatusChange" WHERE "referralId" IN (SELECT id FROM "Referral" WHERE "personId" = $1) ORDER BY "changedAt" ASC, id ASC',
  },
  consents: {
    database: 'consent',
    text:
      'SELECT c.*, ARRAY(SELECT category FROM "ConsentCategory" k WHERE k."consentId" = c.id ORDER BY category ASC) AS categories ' +
      'FROM "Consent" c WHERE c."personId" = $1 AND c.agency = $2 ORDER BY c."givenAt" DESC',
  },
  careersRecord: byPerson('careers', 'CareersRecord'),
  qualifications: byPerson('careers', 'Qualification', '"achievedOn" DESC'),
  workHistory: byPerson('careers', 'WorkHistoryEntry', '"startedOn" DESC'),
  guidanceSessions: byPerson('careers', 'GuidanceSession', '"heldOn" DESC'),
  courses: byPerson('careers', 'Course', '"startedOn" DESC'),
  treatmentRecord: byPerson('drug-alcohol-service', 'TreatmentRecord'),
  prescriptions: byPerson('drug-alcohol-service', 'SubstitutePrescription', '"startedOn" DESC, "createdAt" DESC'),
  recoveryMilestones: byPerson('drug-alcohol-service', 'RecoveryMilestone', '"achievedOn" DESC, "createdAt" DESC'),
  employabilityRecord: byPerson('employability', 'EmployabilityRecord'),
  enrolments: byPerson('employability', 'ProgrammeEnrolment', '"enrolledOn" DESC'),
  programmes: {
    database: 'employability',
    text: 'SELECT * FROM "Programme" WHERE id IN (SELECT "programmeId" FROM "ProgrammeEnrolment" WHERE "personId" = $1)',
  },
  goals: byPerson('employability', 'ActionPlanGoal', '"createdAt" ASC, id ASC'),
  steps: byPerson('employability', 'ActionPlanStep', '"createdAt" ASC, id ASC'),
  activities: byPerson('employability', 'EmployabilityActivity', '"attendedOn" DESC'),
  outcomes: byPerson('employability', 'EmployabilityOutcome', '"achievedOn" DESC'),
  placements: byPerson('employability', 'EmployerPlacement', '"startedOn" DESC'),
  barrierFunding: byPerson('employability', 'BarrierFunding', '"awardedOn" DESC'),
  housingRecord: byPerson('housing', 'HousingRecord'),
  tenancies: byPerson('housing', 'Tenancy', '"startedOn" DESC, "createdAt" DESC'),
  homelessnessApplications: byPerson('housing', 'HomelessnessApplication', '"appliedOn" DESC, "createdAt" DESC'),
  socialCareRecord: byPerson('social-services', 'SocialCareRecord'),
  involvements: byPerson('social-services', 'TeamInvolvement', '"startedOn" DESC'),
  safeguardingNotes: byPerson('social-services', 'SafeguardingNote', '"recordedOn" DESC'),
  welfareRecord: byPerson('welfare-rights', 'WelfareRecord'),
  benefitAwards: byPerson('welfare-rights', 'BenefitAward', '"startedOn" DESC'),
  debts: byPerson('welfare-rights', 'Debt', '"recordedOn" DESC'),
  financialSupport: byPerson('welfare-rights', 'FinancialSupport', '"givenOn" DESC'),
  calculations: byPerson('welfare-rights', 'BetterOffCalculation', '"calculatedAt" DESC, id ASC'),
  calculationLines: {
    database: 'welfare-rights',
    text: 'SELECT * FROM "BetterOffLine" WHERE "calculationId" IN (SELECT id FROM "BetterOffCalculation" WHERE "personId" = $1) ORDER BY "calculationId" ASC, position ASC',
  },
} satisfies Record<string, FloorRead>;

export type FloorReadName = keyof typeof FLOOR_READS;
export type Row = Record<string, any>;
export type FloorRows = Record<FloorReadName, Row[]>;
