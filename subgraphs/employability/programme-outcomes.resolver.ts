import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { EmployabilityContext } from './employability.context';
import { badInput, notFound } from './input-errors';
import { countProgrammeOutcomes } from './programme-outcomes';
import { ProgrammeOutcomesArgs } from './programme-outcomes.args';
import { ProgrammeOutcomes } from './programme-outcomes.type';
import { figure, SUPPRESSED_BELOW } from './small-numbers';
import { today } from './today';

@Resolver(() => ProgrammeOutcomes)
export class ProgrammeOutcomesResolver {
  @Query(() => ProgrammeOutcomes, {
    description: 'The outcomes of the people who started a programme in a period, counted and suppressed for reporting.',
  })
  async programmeOutcomes(@Args() { programmeId, from, to }: ProgrammeOutcomesArgs, @Ctx() { db }: EmployabilityContext): Promise<ProgrammeOutcomes> {
    if (from > to) throw badInput(`to ${to} is before from ${from}.`, 'to');
    const programme = await db.programme.findUnique({ where: { id: programmeId } });
    if (!programme) throw notFound('programme', programmeId, 'programmeId');
    const counts = await countProgrammeOutcomes(db, programmeId, from, to);

    const starts = figure(counts.starts);
    const ofCohort = (count: number, of = counts.starts) => figure(count, { of, withinSuppressedGroup: starts.suppressed });
    return {
      programme,
      from,
      to,
      asOf: today(),
      suppressedBelow: SUPPRESSED_BELOW,
      starts,
      jobStarts: ofCohort(counts.jobStarts),
      inWork13Weeks: ofCohort(counts.inWork13Weeks, counts.jobStarts),
      inWork26Weeks: ofCohort(counts.inWork26Weeks, counts.jobStarts),
      trainingOrEducationStarts: ofCohort(counts.trainingOrEducationStarts),
      volunteeringStarts: ofCohort(counts.volunteeringStarts),
      gainedQualification: ofCohort(counts.gainedQualification),
      receivedBarrierFunding: ofCohort(counts.receivedBarrierFunding),
      peopleSupported: figure(counts.peopleSupported),
    };
  }
}
