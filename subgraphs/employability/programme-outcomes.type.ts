import { Field, Float, Int, ObjectType } from 'type-graphql';
import { NoPersonalData } from '../kit/consent-decorators';
import { Programme } from './programme.type';

@ObjectType({
  description:
    'One figure of a programme report: a count of distinct people, and where it has one, its percentage of another figure. ' +
    'Counts from 1 to 4 are suppressed (count null, suppressed true) so that no one can be singled out; 0 is shown, ' +
    'unless the whole cohort is suppressed. A percentage is null when either of its counts is suppressed, or it has none.',
})
export class ProgrammeFigure {
  @NoPersonalData()
  @Field(() => Int, { nullable: true, description: 'Distinct people; null when suppressed.' })
  count: number | null;

  @NoPersonalData()
  @Field({ description: 'True when the count is withheld as too small to publish.' })
  suppressed: boolean;

  @NoPersonalData()
  @Field(() => Float, { nullable: true, description: 'Percentage, rounded to two decimals (50.35 means 50.35%).' })
  percent: number | null;
}

@ObjectType({
  description:
    "A programme's outcomes for the people who started it in a period, as programme funders count them: the cohort is " +
    'everyone with an enrolment on the programme dated from `from` to `to` (both included; withdrawn and completed ' +
    'enrolments too); its outcomes are those recorded against those enrolments, whenever achieved, so figures grow as ' +
    'later outcomes are recorded (see asOf). Outcomes recorded against no enrolment, or against another enrolment, do ' +
    'not count. Every figure counts distinct people, never records. Aggregates only: no field identifies anyone.',
})
export class ProgrammeOutcomes {
  @NoPersonalData()
  @Field(() => Programme)
  programme: Programme;

  @NoPersonalData()
  @Field({ description: 'First day of the start period, YYYY-MM-DD.' })
  from: string;

  @NoPersonalData()
  @Field({ description: 'Last day of the start period, YYYY-MM-DD.' })
  to: string;

  @NoPersonalData()
  @Field({ description: 'The day the figures were counted: outcomes recorded later are not in them.' })
  asOf: string;

  @NoPersonalData()
  @Field(() => Int, { description: 'Counts from 1 up to this number minus 1 are suppressed.' })
  suppressedBelow: number;

  @NoPersonalData()
  @Field(() => ProgrammeFigure, { description: 'People who started the programme in the period (once each, however many enrolments). No percentage.' })
  starts: ProgrammeFigure;

  @NoPersonalData()
  @Field(() => ProgrammeFigure, { description: 'People of the cohort with a JOB_START; percentage of starts.' })
  jobStarts: ProgrammeFigure;

  @NoPersonalData()
  @Field(() => ProgrammeFigure, {
    description: 'People of the cohort with a JOB_START and an IN_WORK_13_WEEKS outcome; percentage of jobStarts.',
  })
  inWork13Weeks: ProgrammeFigure;

  @NoPersonalData()
  @Field(() => ProgrammeFigure, {
    description: 'People of the cohort with a JOB_START and an IN_WORK_26_WEEKS outcome; percentage of jobStarts.',
  })
  inWork26Weeks: ProgrammeFigure;

  @NoPersonalData()
  @Field(() => ProgrammeFigure, { description: 'People of the cohort with a TRAINING_START or EDUCATION_START; percentage of starts.' })
  trainingOrEducationStarts: ProgrammeFigure;

  @NoPersonalData()
  @Field(() => ProgrammeFigure, { description: 'People of the cohort with a VOLUNTEERING_START; percentage of starts.' })
  volunteeringStarts: ProgrammeFigure;

  @NoPersonalData()
  @Field(() => ProgrammeFigure, { description: 'People of the cohort who gained at least one qualification; percentage of starts.' })
  gainedQualification: ProgrammeFigure;

  @NoPersonalData()
  @Field(() => ProgrammeFigure, {
    description:
      "People of the cohort awarded the employability providers' barrier funding on or after their start (funding is not " +
      'tied to one programme); percentage of starts. Financial-inclusion support from welfare-rights advisers is ' +
      'recorded by that agency and is not in this figure.',
  })
  receivedBarrierFunding: ProgrammeFigure;

  @NoPersonalData()
  @Field(() => ProgrammeFigure, {
    description:
      'Not a cohort figure: people on the programme at any time in the period (enrolled on or before `to` and not left ' +
      'before `from`), whenever they started. No percentage.',
  })
  peopleSupported: ProgrammeFigure;
}
