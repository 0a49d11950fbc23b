import { IsEnum, IsOptional, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsIsoDate } from '../kit/input-formats';
import { SafeguardingRiskLevel, SocialCareStatus, SocialCareTeam } from './social-services.enums';

@InputType()
export class SocialCareStatusInput {
  @Field(() => ID)
  @IsUUID()
  personId: string;

  @Field(() => SocialCareStatus)
  @IsEnum(SocialCareStatus)
  lookedAfterStatus: SocialCareStatus;

  @Field(() => String, { nullable: true, description: 'Staff id of the allocated social worker; null leaves the person unallocated.' })
  @IsOptional()
  @Length(1, 200)
  allocatedWorker?: string | null;

  @Field(() => SocialCareTeam, { nullable: true })
  @IsOptional()
  @IsEnum(SocialCareTeam)
  allocatedWorkerTeam?: SocialCareTeam | null;
}

@InputType()
export class TeamInvolvementInput {
  @Field(() => ID)
  @IsUUID()
  personId: string;

  @Field(() => SocialCareTeam)
  @IsEnum(SocialCareTeam)
  team: SocialCareTeam;

  @Field(() => String, { nullable: true, description: 'Staff id of the worker from the team; the caller if left out.' })
  @IsOptional()
  @Length(1, 200)
  worker?: string | null;

  @Field()
  @IsIsoDate()
  startedOn: string;

  @Field()
  @Length(1, 2000)
  reason: string;
}

@InputType()
export class EndTeamInvolvementInput {
  @Field(() => ID)
  @IsUUID()
  involvementId: string;

  @Field()
  @IsIsoDate()
  endedOn: string;
}

@InputType()
export class SafeguardingNoteInput {
  @Field(() => ID)
  @IsUUID()
  personId: string;

  @Field()
  @IsIsoDate()
  recordedOn: string;

  @Field()
  @Length(1, 5000)
  concern: string;

  @Field(() => SafeguardingRiskLevel)
  @IsEnum(SafeguardingRiskLevel)
  riskLevel: SafeguardingRiskLevel;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 5000)
  actionTaken?: string | null;
}
