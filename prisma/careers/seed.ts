import type { CareersDb } from '../../subgraphs/careers/database';
import { demoPeople, demoStaff } from '../demo-people';

const { darren, kayleigh, jordan, tomasz } = demoPeople;
const adviser = demoStaff.priya.subject;

export async function seed(db: CareersDb): Promise<void> {
  await db.$transaction([
    db.careersRecord.createMany({
      data: [
        { personId: darren.id, status: 'NEET', statusSince: '2026-08-04', aspirations: 'Work on building sites; get a CSCS card.', updatedBy: adviser },
        { personId: kayleigh.id, status: 'IN_TRAINING', statusSince: '2026-02-09', aspirations: 'Become a peer support worker.', updatedBy: adviser },
        { personId: jordan.id, status: 'NEET', statusSince: '2025-07-18', aspirations: 'Something with cars, maybe a mechanic apprenticeship.', updatedBy: adviser },
        { personId: tomasz.id, status: 'NEET', statusSince: '2025-11-01', aspirations: 'Warehouse or driving work in school hours.', updatedBy: adviser },
      ],
    }),
    db.qualification.createMany({
      data: [
        { personId: darren.id, title: 'Level 1 Award in Health and Safety in a Construction Environment', level: 'LEVEL_1', accredited: true, awardingBody: 'CITB', achievedOn: '2026-05-20', recordedBy: adviser },
        { personId: kayleigh.id, title: 'Functional Skills English', level: 'LEVEL_1', accredited: true, awardingBody: 'City & Guilds', achievedOn: '2026-06-12', recordedBy: adviser },
        { personId: kayleigh.id, title: 'Functional Skills Maths', level: 'ENTRY', accredited: true, awardingBody: 'City & Guilds', achievedOn: '2026-03-27', recordedBy: adviser },
        { personId: kayleigh.id, title: 'Confidence and wellbeing course', level: 'ENTRY', accredited: false, awardingBody: null, achievedOn: '2026-01-30', recordedBy: adviser },
        { personId: jordan.id, title: 'GCSE English Language (grade 4)', level: 'LEVEL_2', accredited: true, awardingBody: 'AQA', achievedOn: '2023-08-24', recordedBy: adviser },
        { personId: tomasz.id, title: 'Counterbalance forklift licence', level: 'LEVEL_2', accredited: true, awardingBody: 'RTITB', achievedOn: '2019-04-03', recordedBy: adviser },
      ],
    }),
    db.workHistoryEntry.createMany({
      data: [
        { personId: darren.id, employer: 'Tyne Groundworks Ltd', jobTitle: 'Labourer', startedOn: '2016-03-01', endedOn: '2019-10-31', recordedBy: adviser },
        { personId: tomasz.id, employer: 'Northgate Distribution', jobTitle: 'Warehouse operative', startedOn: '2012-05-14', endedOn: '2025-10-24', recordedBy: adviser },
      ],
    }),
    db.guidanceSession.createMany({
      data: [
        { personId: jordan.id, heldOn: '2026-10-06', adviser, summary: 'Talked through apprenticeships in motor vehicle; Jordan unsure about early starts.', nextSteps: 'Taster day at the college in November.' },
        { personId: darren.id, heldOn: '2026-09-15', adviser, summary: 'Agreed route to a CSCS card; discussed disclosure of conviction to employers.', nextSteps: 'Book CSCS test.' },
      ],
    }),
    db.course.createMany({
      data: [
        { personId: kayleigh.id, title: 'Level 2 Certificate in Understanding Mental Health', provider: 'Tyne Coast College', startedOn: '2026-09-08', status: 'ENROLLED', recordedBy: adviser },
        { personId: jordan.id, title: 'Motor vehicle taster', provider: 'Tyne Coast College', startedOn: '2025-09-01', completedOn: null, status: 'WITHDRAWN', recordedBy: adviser },
      ],
    }),
  ]);
}
