import { Field, Float, ID, ObjectType } from 'type-graphql';
import { EmployabilityOutcomeKind } from './employability.enums';

@ObjectType({ description: 'A milestone the person reached, as the programme counts it.' })
export class EmployabilityOutcome {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  personId: string;

  @Field(() => ID, { nullable: true, description: 'The enrolment the outcome is claimed under, if any.' })
  enrolmentId: string | null;

  @Field(() => EmployabilityOutcomeKind)
  kind: EmployabilityOutcomeKind;

  @Field()
  achievedOn: string;

  @Field(() => String, { nullable: true, description: 'For job starts and sustained work.' })
  employer: string | null;

  @Field(() => Float, { nullable: true })
  hoursPerWeek: number | null;

  @Field(() => String, { nullable: true, description: 'What shows the outcome happened (a payslip, a certificate).' })
  evidence: string | null;
}
