import type { SocialServicesDb } from '../../subgraphs/social-services/database';
import { demoPeople, demoStaff } from '../demo-people';

const { kayleigh, jordan, maggie, tomasz } = demoPeople;
const amara = demoStaff.amara.subject;
const ruth = demoStaff.ruth.subject;
/** Maggie's community mental health social worker: a colleague with no demo login. */
const mentalHealthWorker = 'staff-joanne-kerr';

export async function seed(db: SocialServicesDb): Promise<void> {
  await db.$transaction([
    db.socialCareRecord.createMany({
      data: [
        { personId: jordan.id, lookedAfterStatus: 'CARE_LEAVER', allocatedWorker: amara, allocatedWorkerTeam: 'LEAVING_CARE', updatedBy: amara },
        { personId: kayleigh.id, lookedAfterStatus: 'FORMER_LOOKED_AFTER', allocatedWorker: null, allocatedWorkerTeam: null, updatedBy: amara },
        { personId: maggie.id, lookedAfterStatus: 'NONE', allocatedWorker: mentalHealthWorker, allocatedWorkerTeam: 'MENTAL_HEALTH', updatedBy: amara },
        { personId: tomasz.id, lookedAfterStatus: 'NONE', allocatedWorker: ruth, allocatedWorkerTeam: 'SUPPORTING_CHILDREN', updatedBy: ruth },
      ],
    }),
    db.teamInvolvement.createMany({
      data: [
        {
          personId: jordan.id,
          team: 'LEAVING_CARE',
          worker: amara,
          startedOn: '2025-06-21',
          reason: 'Left his foster placement at 18; leaving-care support and a pathway plan to 25.',
          recordedBy: amara,
        },
        {
          personId: kayleigh.id,
          team: 'LEAVING_CARE',
          worker: amara,
          startedOn: '2014-11-02',
          endedOn: '2021-11-02',
          reason: 'Leaving-care support after residential care; ended at 25.',
          recordedBy: amara,
        },
        {
          personId: maggie.id,
          team: 'MENTAL_HEALTH',
          worker: mentalHealthWorker,
          startedOn: '2025-03-10',
          reason: 'Care Act assessment: long-standing anxiety, rarely leaves home. Community-based support, seen at home.',
          recordedBy: amara,
        },
        {
          personId: tomasz.id,
          team: 'SUPPORTING_CHILDREN',
          worker: ruth,
          startedOn: '2025-11-17',
          reason: 'Early help for a single father of two after losing his job: money, food and school attendance.',
          recordedBy: ruth,
        },
      ],
    }),
    db.safeguardingNote.createMany({
      data: [
        {
          personId: tomasz.id,
          recordedOn: '2025-11-12',
          recordedBy: ruth,
          concern: 'School reports both children arriving hungry and missing days since their father lost his job in October.',
          riskLevel: 'MEDIUM',
          actionTaken: 'Home visit with the school; breakfast club places, food bank referral, referral to welfare rights.',
        },
        {
          personId: tomasz.id,
          recordedOn: '2026-02-20',
          recordedBy: ruth,
          concern: 'Review of the November concern: attendance back above 95%, children fed and settled at home.',
          riskLevel: 'LOW',
          actionTaken: 'Resolved with support; no further safeguarding action. Early help continues.',
        },
      ],
    }),
  ]);
}
