import { Field, Float, ID, ObjectType } from 'type-graphql';
import { EmployabilityOutcomeKind } from './employability.enums';
import { Guarded, NoPersonalData } from '../kit/consent-decorators';

@Guarded('outcomes')
@ObjectType({ description: 'A milestone the person reached, as the programme counts it.' })
export class EmployabilityOutcome {
  @NoPersonalData()
  @Field(() => ID)
  id: string;

  @NoPersonalData()
  @Field(() => ID)
  personId: string;

  @NoPersonalData()
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
