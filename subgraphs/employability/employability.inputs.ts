import { IsEnum, IsIn, IsInt, IsOptional, IsPositive, IsUUID, Length, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { IsIsoDate } from '../kit/input-formats';
import {
  BarrierFundingPurpose,
  EmployabilityActivityKind,
  EmployabilityOutcomeKind,
  KeyworkerRole,
  ProgrammeEnrolmentStatus,
} from './employability.enums';

@InputType()
export class ProgrammeEnrolmentInput {
  @Field(() => ID)
  @IsUUID()
  personId: string;

  @Field(() => ID)
  @IsUUID()
  programmeId: string;

  @Field(() => String, { nullable: true, description: 'Staff id of the keyworker; the caller if left out.' })
  @IsOptional()
  @Length(1, 100)
  keyworker?: string | null;

  @Field(() => KeyworkerRole)
  @IsEnum(KeyworkerRole)
  keyworkerRole: KeyworkerRole;

  @Field()
  @IsIsoDate()
  enrolledOn: string;
}

@InputType()
export class LeaveProgrammeInput {
  @Field(() => ID)
  @IsUUID()
  enrolmentId: string;

  @Field(() => ProgrammeEnrolmentStatus, { description: 'COMPLETED or WITHDRAWN.' })
  @IsIn([ProgrammeEnrolmentStatus.COMPLETED, ProgrammeEnrolmentStatus.WITHDRAWN], {
    message: 'status must be COMPLETED or WITHDRAWN',
  })
  status: ProgrammeEnrolmentStatus;

  @Field()
  @IsIsoDate()
  leftOn: string;
}

@InputType()
export class EmployabilityActivityInput {
  @Field(() => ID)
  @IsUUID()
  personId: string;

  @Field(() => EmployabilityActivityKind)
  @IsEnum(EmployabilityActivityKind)
  kind: EmployabilityActivityKind;

  @Field()
  @Length(1, 200)
  title: string;

  @Field()
  @IsIsoDate()
  attendedOn: string;
}

@InputType()
export class EmployabilityOutcomeInput {
  @Field(() => ID)
  @IsUUID()
  personId: string;

  @Field(() => ID, { nullable: true, description: "One of the person's enrolments, to claim the outcome under." })
  @IsOptional()
  @IsUUID()
  enrolmentId?: string | null;

  @Field(() => EmployabilityOutcomeKind)
  @IsEnum(EmployabilityOutcomeKind)
  kind: EmployabilityOutcomeKind;

  @Field()
  @IsIsoDate()
  achievedOn: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  employer?: string | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsPositive()
  @Max(100)
  hoursPerWeek?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 500)
  evidence?: string | null;
}

@InputType()
export class EmployerPlacementInput {
  @Field(() => ID)
  @IsUUID()
  personId: string;

  @Field()
  @Length(1, 200)
  employer: string;

  @Field()
  @Length(1, 200)
  role: string;

  @Field()
  @IsIsoDate()
  startedOn: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIsoDate()
  endedOn?: string | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsPositive()
  @Max(100)
  hoursPerWeek?: number | null;
}

@InputType()
export class BarrierFundingInput {
  @Field(() => ID)
  @IsUUID()
  personId: string;

  @Field(() => BarrierFundingPurpose)
  @IsEnum(BarrierFundingPurpose)
  purpose: BarrierFundingPurpose;

  @Field(() => Int, { description: 'In pence; at most £5,000.' })
  @IsInt()
  @Min(1)
  @Max(500_000)
  amountPence: number;

  @Field()
  @IsIsoDate()
  awardedOn: string;

  @Field()
  @Length(1, 500)
  description: string;
}
