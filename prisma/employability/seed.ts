import { randomUUID } from 'node:crypto';
import type { EmployabilityDb } from '../../subgraphs/employability/database';
import { demoPeople, demoStaff } from '../demo-people';

const { darren, kayleigh, maggie, tomasz } = demoPeople;
const dana = demoStaff.dana.subject;
const sam = demoStaff.sam.subject;

/** Fixed ids, so demo enrolment mutations can name a programme without looking it up first. */
const programmes = {
  freshStart: '00000000-0000-4000-8000-0000000e0001',
  navigator: '00000000-0000-4000-8000-0000000e0002',
  wellbeing: '00000000-0000-4000-8000-0000000e0003',
};

const enrolments = {
  darren: randomUUID(),
  kayleigh: randomUUID(),
  maggie: randomUUID(),
  tomasz: randomUUID(),
};

type Status = 'NOT_STARTED' | 'IN_PROGRESS' | 'DONE' | 'DROPPED';

interface DemoGoal {
  personId: string;
  agreedOn: string;
  title: string;
  owner: string;
  dueOn: string | null;
  status: Status;
  recordedBy: string;
  steps: Array<{ description: string; owner: string; dueOn: string | null; status: Status }>;
}

const goals: DemoGoal[] = [
  {
    personId: darren.id, agreedOn: '2026-08-11', title: 'Get a CSCS labourer card', owner: 'Darren', dueOn: '2026-10-31', status: 'DONE', recordedBy: dana,
    steps: [
      { description: 'Book the CITB health, safety and environment test', owner: 'Dana', dueOn: '2026-09-05', status: 'DONE' },
      { description: 'Sit the test at the Newcastle test centre', owner: 'Darren', dueOn: '2026-09-24', status: 'DONE' },
      { description: 'Apply for the green labourer card with the Level 1 award and the test pass', owner: 'Darren', dueOn: '2026-10-16', status: 'DONE' },
    ],
  },
  {
    personId: darren.id, agreedOn: '2026-08-11', title: 'Write a disclosure letter about my conviction', owner: 'Darren', dueOn: '2026-09-30', status: 'DONE', recordedBy: dana,
    steps: [
      { description: 'Check with the probation officer what has to be disclosed and when', owner: 'Darren', dueOn: '2026-09-04', status: 'DONE' },
      { description: 'Draft the letter together, following the Unlock guidance', owner: 'Darren and Dana', dueOn: '2026-09-18', status: 'DONE' },
    ],
  },
  {
    personId: darren.id, agreedOn: '2026-11-06', title: 'Keep the job through the first 13 weeks', owner: 'Darren', dueOn: '2027-02-08', status: 'IN_PROGRESS', recordedBy: dana,
    steps: [
      { description: 'Weekly in-work check-in call, Friday after work', owner: 'Dana', dueOn: null, status: 'IN_PROGRESS' },
      { description: 'Better-off-in-work calculation with the welfare-rights adviser', owner: 'Gareth (welfare rights)', dueOn: '2026-11-27', status: 'NOT_STARTED' },
    ],
  },
  {
    personId: kayleigh.id, agreedOn: '2025-12-01', title: 'Gain Functional Skills English and maths', owner: 'Kayleigh', dueOn: '2026-07-31', status: 'DONE', recordedBy: dana,
    steps: [
      { description: 'Start Functional Skills classes at Tyne Coast College', owner: 'Kayleigh', dueOn: '2026-02-09', status: 'DONE' },
      { description: 'Sit the English Level 1 exam', owner: 'Kayleigh', dueOn: '2026-06-12', status: 'DONE' },
    ],
  },
  {
    personId: kayleigh.id, agreedOn: '2025-12-01', title: 'Become a peer support worker', owner: 'Kayleigh', dueOn: '2027-06-30', status: 'IN_PROGRESS', recordedBy: dana,
    steps: [
      { description: 'Volunteer as a peer mentor at Byker Recovery Café', owner: 'Kayleigh', dueOn: '2026-07-06', status: 'DONE' },
      { description: 'Start the Level 2 Certificate in Understanding Mental Health', owner: 'Kayleigh', dueOn: '2026-09-08', status: 'DONE' },
      { description: 'Ask the recovery café and the treatment service about paid peer support roles', owner: 'Dana', dueOn: '2026-12-18', status: 'NOT_STARTED' },
    ],
  },
  {
    personId: maggie.id, agreedOn: '2026-04-13', title: 'Get out of the house once a week', owner: 'Maggie', dueOn: '2026-06-30', status: 'DONE', recordedBy: sam,
    steps: [
      { description: 'Walk to the shops on Waterville Road with Sam', owner: 'Maggie and Sam', dueOn: '2026-04-27', status: 'DONE' },
      { description: 'Go to the confidence course at the community centre', owner: 'Maggie', dueOn: '2026-05-12', status: 'DONE' },
    ],
  },
  {
    personId: maggie.id, agreedOn: '2026-04-27', title: 'Check I am getting the right benefits', owner: 'Sam', dueOn: '2026-09-30', status: 'DONE', recordedBy: sam,
    steps: [{ description: 'Refer to the welfare-rights adviser for a benefit check', owner: 'Sam', dueOn: '2026-08-28', status: 'DONE' }],
  },
  {
    personId: maggie.id, agreedOn: '2026-06-16', title: 'Volunteer at the community garden', owner: 'Maggie', dueOn: null, status: 'IN_PROGRESS', recordedBy: sam,
    steps: [
      { description: 'Taster morning at Meadow Well Community Garden', owner: 'Maggie', dueOn: '2026-07-08', status: 'DONE' },
      { description: 'Keep going every Wednesday through the winter', owner: 'Maggie', dueOn: null, status: 'IN_PROGRESS' },
    ],
  },
  {
    personId: tomasz.id, agreedOn: '2026-01-12', title: 'Find warehouse work in school hours', owner: 'Tomasz', dueOn: '2026-06-30', status: 'DONE', recordedBy: dana,
    steps: [
      { description: 'Update the CV with the forklift licence and 13 years at Northgate', owner: 'Tomasz', dueOn: '2026-01-30', status: 'DONE' },
      { description: 'Ask local employers about shifts that fit the school day', owner: 'Dana', dueOn: '2026-03-31', status: 'DONE' },
      { description: 'Book breakfast club for both children', owner: 'Tomasz', dueOn: '2026-05-08', status: 'DONE' },
    ],
  },
  {
    personId: tomasz.id, agreedOn: '2026-05-11', title: 'Stay in work through the first six months', owner: 'Tomasz', dueOn: '2026-11-09', status: 'DONE', recordedBy: dana,
    steps: [{ description: 'Monthly in-work support call', owner: 'Dana', dueOn: null, status: 'DONE' }],
  },
];

/** Goals and steps are listed in the order they were added, so the seed gives each its own creation time. */
const addedAt = (date: string, order: number) => new Date(Date.parse(`${date}T10:00:00Z`) + order * 1000);

/** The demo says when each DONE goal or step was due, not when it was done: it counts as done on time. */
const completedOn = (status: Status, dueOn: string | null, goalDueOn: string | null) => (status === 'DONE' ? dueOn ?? goalDueOn : null);

const goalRows = goals.map(({ steps, agreedOn, ...goal }, order) => ({
  id: randomUUID(),
  ...goal,
  completedOn: completedOn(goal.status, goal.dueOn, null),
  createdAt: addedAt(agreedOn, order),
}));
const stepRows = goals.flatMap((goal, goalOrder) =>
  goal.steps.map((step, order) => ({
    ...step,
    completedOn: completedOn(step.status, step.dueOn, goal.dueOn),
    goalId: goalRows[goalOrder].id,
    personId: goal.personId,
    recordedBy: goal.recordedBy,
    createdAt: addedAt(goal.agreedOn, goalOrder * 10 + order),
  })),
);

const activity = (personId: string, kind: string, title: string, attendedOn: string, recordedBy: string) => ({
  personId, kind, title, attendedOn, recordedBy,
});

export async function seed(db: EmployabilityDb): Promise<void> {
  await db.$transaction([
    db.programme.createMany({
      data: [
        {
          id: programmes.freshStart,
          code: 'FRESH-START',
          name: 'Fresh Start Employment',
          provider: 'Tyne Works CIC, with the drug and alcohol treatment service',
          description:
            'Individual placement and support for people leaving prison or in drug and alcohol treatment: an employment adviser in the ' +
            'treatment team, fast job search with employers who will take a chance, and support in work. Counts job starts and jobs ' +
            'still held after 13 weeks.',
          startsOn: '2025-04-01',
          endsOn: '2028-03-31',
        },
        {
          id: programmes.navigator,
          code: 'NAVIGATOR',
          name: 'Navigator Partnership',
          provider: 'Tyne and Wear Navigator Partnership',
          description:
            'A county partnership of councils, charities, colleges and employers: each person has one navigator and a personalised ' +
            'action plan, and the partners bring the training, volunteering and jobs.',
          startsOn: '2025-01-06',
          endsOn: '2027-12-31',
        },
        {
          id: programmes.wellbeing,
          code: 'COMMUNITY-WELLBEING',
          name: 'Community Wellbeing',
          provider: 'North Tyneside Community Wellbeing Service',
          description:
            'Community wellbeing advisers for people who are isolated or out of work through ill health: confidence, getting out, ' +
            'volunteering and first steps towards work, at their own pace.',
          startsOn: '2024-10-01',
          endsOn: null,
        },
      ],
    }),
    db.employabilityRecord.createMany({
      data: [
        { personId: darren.id, keyworker: dana, updatedBy: dana },
        { personId: kayleigh.id, keyworker: dana, updatedBy: dana },
        { personId: maggie.id, keyworker: sam, updatedBy: sam },
        { personId: tomasz.id, keyworker: dana, updatedBy: dana },
      ],
    }),
    db.programmeEnrolment.createMany({
      data: [
        { id: enrolments.darren, personId: darren.id, programmeId: programmes.freshStart, keyworker: dana, keyworkerRole: 'EMPLOYMENT_ADVISER', enrolledOn: '2026-08-11', status: 'ACTIVE', recordedBy: dana },
        { id: enrolments.kayleigh, personId: kayleigh.id, programmeId: programmes.navigator, keyworker: dana, keyworkerRole: 'NAVIGATOR', enrolledOn: '2025-12-01', status: 'ACTIVE', recordedBy: dana },
        { id: enrolments.maggie, personId: maggie.id, programmeId: programmes.wellbeing, keyworker: sam, keyworkerRole: 'WELLBEING_ADVISER', enrolledOn: '2026-04-13', status: 'ACTIVE', recordedBy: sam },
        { id: enrolments.tomasz, personId: tomasz.id, programmeId: programmes.navigator, keyworker: dana, keyworkerRole: 'NAVIGATOR', enrolledOn: '2026-01-12', status: 'ACTIVE', recordedBy: dana },
      ],
    }),
    db.actionPlanGoal.createMany({ data: goalRows }),
    db.actionPlanStep.createMany({ data: stepRows }),
    db.employabilityActivity.createMany({
      data: [
        activity(darren.id, 'ONE_TO_ONE', 'First meeting at the treatment service', '2026-08-11', dana),
        activity(darren.id, 'CV_WORKSHOP', 'CV workshop: explaining gaps and convictions', '2026-08-27', dana),
        activity(darren.id, 'JOB_CLUB', 'Job club, Byker library', '2026-09-03', dana),
        activity(darren.id, 'TRAINING_SESSION', 'CITB health, safety and environment test preparation', '2026-09-10', dana),
        activity(darren.id, 'JOB_CLUB', 'Job club, Byker library', '2026-09-17', dana),
        activity(darren.id, 'JOB_CLUB', 'Job club, Byker library', '2026-10-01', dana),
        activity(darren.id, 'ONE_TO_ONE', 'Interview practice for the groundworks job', '2026-10-22', dana),
        activity(kayleigh.id, 'ONE_TO_ONE', 'Navigator meeting: first action plan', '2025-12-01', dana),
        activity(kayleigh.id, 'CONFIDENCE_COURSE', 'Confidence and wellbeing course, last session', '2026-01-30', dana),
        activity(kayleigh.id, 'ONE_TO_ONE', 'Navigator review of the action plan', '2026-04-14', dana),
        activity(kayleigh.id, 'TRAINING_SESSION', 'Safeguarding basics for volunteers', '2026-06-30', dana),
        activity(kayleigh.id, 'VOLUNTEERING_SESSION', 'Peer mentor shift, Byker Recovery Café', '2026-07-13', dana),
        activity(maggie.id, 'ONE_TO_ONE', 'Home visit', '2026-04-13', sam),
        activity(maggie.id, 'ONE_TO_ONE', 'Home visit and walk to the shops', '2026-04-27', sam),
        ...['2026-05-12', '2026-05-19', '2026-05-26', '2026-06-02', '2026-06-09', '2026-06-16'].map((day, week) =>
          activity(maggie.id, 'CONFIDENCE_COURSE', `Confidence and wellbeing, week ${week + 1}`, day, sam),
        ),
        ...['2026-07-08', '2026-07-15', '2026-07-22', '2026-09-02', '2026-10-07', '2026-11-04'].map((day) =>
          activity(maggie.id, 'VOLUNTEERING_SESSION', 'Morning at Meadow Well Community Garden', day, sam),
        ),
        activity(tomasz.id, 'ONE_TO_ONE', 'Navigator meeting: first action plan', '2026-01-12', dana),
        activity(tomasz.id, 'CV_WORKSHOP', 'CV workshop', '2026-01-28', dana),
        activity(tomasz.id, 'JOB_CLUB', 'Job club, Gateshead Central Library', '2026-02-04', dana),
        activity(tomasz.id, 'JOB_CLUB', 'Job club, Gateshead Central Library', '2026-02-18', dana),
        activity(tomasz.id, 'TRAINING_SESSION', 'Counterbalance forklift refresher', '2026-03-18', dana),
        activity(tomasz.id, 'ONE_TO_ONE', 'Interview practice', '2026-04-14', dana),
      ],
    }),
    db.employerPlacement.createMany({
      data: [
        { personId: tomasz.id, employer: 'Metro Fresh Distribution', role: 'Warehouse operative (work trial)', startedOn: '2026-04-20', endedOn: '2026-05-01', hoursPerWeek: 20, recordedBy: dana },
      ],
    }),
    db.employabilityOutcome.createMany({
      data: [
        { personId: darren.id, enrolmentId: enrolments.darren, kind: 'CV_COMPLETED', achievedOn: '2026-09-02', evidence: 'CV and disclosure letter on file', recordedBy: dana },
        { personId: darren.id, enrolmentId: enrolments.darren, kind: 'INTERVIEW_ATTENDED', achievedOn: '2026-10-28', employer: 'Castle Groundworks Ltd', recordedBy: dana },
        { personId: darren.id, enrolmentId: enrolments.darren, kind: 'JOB_START', achievedOn: '2026-11-09', employer: 'Castle Groundworks Ltd', hoursPerWeek: 40, evidence: 'Contract seen: groundworks labourer, Walker Riverside housing site', recordedBy: dana },
        { personId: kayleigh.id, enrolmentId: enrolments.kayleigh, kind: 'QUALIFICATION_GAINED', achievedOn: '2026-03-27', evidence: 'Functional Skills Maths Entry Level 3 certificate', recordedBy: dana },
        { personId: kayleigh.id, enrolmentId: enrolments.kayleigh, kind: 'QUALIFICATION_GAINED', achievedOn: '2026-06-12', evidence: 'Functional Skills English Level 1 certificate, City & Guilds', recordedBy: dana },
        { personId: kayleigh.id, enrolmentId: enrolments.kayleigh, kind: 'VOLUNTEERING_START', achievedOn: '2026-07-06', employer: 'Byker Recovery Café', hoursPerWeek: 6, evidence: 'Volunteer agreement signed', recordedBy: dana },
        { personId: kayleigh.id, enrolmentId: enrolments.kayleigh, kind: 'TRAINING_START', achievedOn: '2026-09-08', evidence: 'Enrolment on Level 2 Certificate in Understanding Mental Health, Tyne Coast College', recordedBy: dana },
        { personId: maggie.id, enrolmentId: enrolments.maggie, kind: 'VOLUNTEERING_START', achievedOn: '2026-07-15', employer: 'Meadow Well Community Garden', hoursPerWeek: 3, recordedBy: sam },
        { personId: tomasz.id, enrolmentId: enrolments.tomasz, kind: 'CV_COMPLETED', achievedOn: '2026-01-30', recordedBy: dana },
        { personId: tomasz.id, enrolmentId: enrolments.tomasz, kind: 'INTERVIEW_ATTENDED', achievedOn: '2026-04-16', employer: 'Metro Fresh Distribution', recordedBy: dana },
        { personId: tomasz.id, enrolmentId: enrolments.tomasz, kind: 'JOB_START', achievedOn: '2026-05-11', employer: 'Metro Fresh Distribution', hoursPerWeek: 25, evidence: 'Contract seen: permanent, 08:30 to 13:30 Monday to Friday', recordedBy: dana },
        { personId: tomasz.id, enrolmentId: enrolments.tomasz, kind: 'IN_WORK_13_WEEKS', achievedOn: '2026-08-10', employer: 'Metro Fresh Distribution', hoursPerWeek: 25, evidence: 'Payslips for May to July seen', recordedBy: dana },
        { personId: tomasz.id, enrolmentId: enrolments.tomasz, kind: 'IN_WORK_26_WEEKS', achievedOn: '2026-11-09', employer: 'Metro Fresh Distribution', hoursPerWeek: 25, evidence: 'October payslip seen; employer confirmed by phone', recordedBy: dana },
      ],
    }),
    db.barrierFunding.createMany({
      data: [
        { personId: darren.id, purpose: 'ID_DOCUMENTS', amountPence: 1250, awardedOn: '2026-08-20', description: 'Replacement birth certificate for right-to-work checks', awardedBy: dana },
        { personId: darren.id, purpose: 'TRAINING_FEES', amountPence: 5850, awardedOn: '2026-09-04', description: 'CITB test (£22.50) and CSCS labourer card (£36.00)', awardedBy: dana },
        { personId: darren.id, purpose: 'CLOTHING_AND_EQUIPMENT', amountPence: 8950, awardedOn: '2026-11-05', description: 'Safety boots, hi-vis jacket and gloves for site', awardedBy: dana },
        { personId: darren.id, purpose: 'TRAVEL', amountPence: 9200, awardedOn: '2026-11-05', description: 'Four-week Metro and bus ticket to the site until the first pay day', awardedBy: dana },
        { personId: kayleigh.id, purpose: 'TRAVEL', amountPence: 3600, awardedOn: '2026-02-09', description: 'Bus fares to Functional Skills classes, February and March', awardedBy: dana },
        { personId: kayleigh.id, purpose: 'TRAVEL', amountPence: 9500, awardedOn: '2026-09-07', description: 'Bus pass to Tyne Coast College for the autumn term', awardedBy: dana },
        { personId: maggie.id, purpose: 'CLOTHING_AND_EQUIPMENT', amountPence: 4500, awardedOn: '2026-07-10', description: 'Waterproof jacket and boots for the community garden', awardedBy: sam },
        { personId: tomasz.id, purpose: 'CHILDCARE', amountPence: 16000, awardedOn: '2026-05-05', description: 'Breakfast club for both children for the first month, until Universal Credit childcare costs are paid', awardedBy: dana },
        { personId: tomasz.id, purpose: 'CLOTHING_AND_EQUIPMENT', amountPence: 4999, awardedOn: '2026-05-07', description: 'Safety boots for the warehouse', awardedBy: dana },
      ],
    }),
  ]);
}
