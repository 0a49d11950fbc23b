import type { EmployabilityDb } from './database';
import { EmployabilityOutcomeKind as Kind } from './employability.enums';

/** Distinct people behind each figure of a programme's outcomes report, before suppression. */
export interface ProgrammeOutcomeCounts {
  starts: number;
  jobStarts: number;
  inWork13Weeks: number;
  inWork26Weeks: number;
  trainingOrEducationStarts: number;
  volunteeringStarts: number;
  gainedQualification: number;
  receivedBarrierFunding: number;
  peopleSupported: number;
}

const COUNTED_KINDS = [
  Kind.JOB_START,
  Kind.IN_WORK_13_WEEKS,
  Kind.IN_WORK_26_WEEKS,
  Kind.TRAINING_START,
  Kind.EDUCATION_START,
  Kind.VOLUNTEERING_START,
  Kind.QUALIFICATION_GAINED,
];

/**
 * The cohort is everyone who started the programme (an enrolment dated from `from` to `to`,
 * both included); its outcomes are those claimed under those enrolments, whenever achieved.
 * Each figure counts people, not rows. At most four queries, whatever the cohort's size: the
 * grouped rows come back one per person (and outcome kind), never one query per person.
 */
export async function countProgrammeOutcomes(
  db: EmployabilityDb,
  programmeId: string,
  from: string,
  to: string,
): Promise<ProgrammeOutcomeCounts> {
  const cohort = { programmeId, enrolledOn: { gte: from, lte: to } };
  const [starters, achievers, supported] = await Promise.all([
    db.programmeEnrolment.groupBy({ by: ['personId'], where: cohort, _min: { enrolledOn: true } }),
    db.employabilityOutcome.groupBy({ by: ['kind', 'personId'], where: { kind: { in: COUNTED_KINDS }, enrolment: { is: cohort } } }),
    db.programmeEnrolment.groupBy({
      by: ['personId'],
      where: { programmeId, enrolledOn: { lte: to }, OR: [{ leftOn: null }, { leftOn: { gte: from } }] },
    }),
  ]);
  const firstStart = new Map(starters.map((row) => [row.personId, row._min.enrolledOn!]));
  const funded =
    firstStart.size === 0
      ? []
      : await db.barrierFunding.groupBy({
          by: ['personId'],
          where: { personId: { in: [...firstStart.keys()] }, awardedOn: { gte: from } },
          _max: { awardedOn: true },
        });

  const peopleWith = (...kinds: Kind[]) =>
    new Set(achievers.filter((row) => (kinds as string[]).includes(row.kind)).map((row) => row.personId));
  const jobStarters = peopleWith(Kind.JOB_START);
  const alsoStartedAJob = (people: Set<string>) => [...people].filter((person) => jobStarters.has(person)).length;

  return {
    starts: firstStart.size,
    jobStarts: jobStarters.size,
    inWork13Weeks: alsoStartedAJob(peopleWith(Kind.IN_WORK_13_WEEKS)),
    inWork26Weeks: alsoStartedAJob(peopleWith(Kind.IN_WORK_26_WEEKS)),
    trainingOrEducationStarts: peopleWith(Kind.TRAINING_START, Kind.EDUCATION_START).size,
    volunteeringStarts: peopleWith(Kind.VOLUNTEERING_START).size,
    gainedQualification: peopleWith(Kind.QUALIFICATION_GAINED).size,
    receivedBarrierFunding: funded.filter((row) => row._max.awardedOn! >= firstStart.get(row.personId)!).length,
    peopleSupported: supported.length,
  };
}
