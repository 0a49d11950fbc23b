import { Field, ID, ObjectType } from 'type-graphql';
import { KeyworkerRole, ProgrammeEnrolmentStatus } from './employability.enums';
import { Guarded, NoPersonalData } from '../kit/consent-decorators';

@Guarded('action-plan')
@ObjectType({ description: 'A person taking part in a programme, with the worker who supports them on it.' })
export class ProgrammeEnrolment {
  @NoPersonalData()
  @Field(() => ID)
  id: string;

  @NoPersonalData()
  @Field(() => ID)
  personId: string;

  /** Resolved to `programme` through the programme-by-id loader. */
  programmeId: string;

  @Field({ description: 'Staff id of the keyworker on this programme.' })
  keyworker: string;

  @Field(() => KeyworkerRole)
  keyworkerRole: KeyworkerRole;

  @Field()
  enrolledOn: string;

  @Field(() => String, { nullable: true })
  leftOn: string | null;

  @Field(() => ProgrammeEnrolmentStatus)
  status: ProgrammeEnrolmentStatus;
}
