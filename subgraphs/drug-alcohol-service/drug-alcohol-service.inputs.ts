import { IsBoolean, IsEnum, IsOptional, IsPositive, IsUUID, Length, Max } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { IsIsoDate } from '../kit/input-formats';
import { RecoveryMilestoneKind, Substance, SubstituteMedication } from './drug-alcohol-service.enums';

@InputType()
export class TreatmentStatusInput {
  @Field(() => ID)
  @IsUUID()
  personId: string;

  @Field()
  @IsBoolean()
  inTreatment: boolean;

  @Field(() => String, { nullable: true, description: 'Needed while in treatment.' })
  @IsOptional()
  @IsIsoDate()
  treatmentStartedOn?: string | null;

  @Field(() => Substance)
  @IsEnum(Substance)
  primarySubstance: Substance;

  @Field()
  @Length(1, 200)
  keyWorker: string;
}

@InputType()
export class SubstitutePrescriptionInput {
  @Field(() => ID)
  @IsUUID()
  personId: string;

  @Field(() => SubstituteMedication)
  @IsEnum(SubstituteMedication)
  medication: SubstituteMedication;

  @Field(() => Float)
  @IsPositive()
  @Max(1000)
  doseMg: number;

  @Field()
  @IsBoolean()
  supervisedConsumption: boolean;

  @Field()
  @IsIsoDate()
  startedOn: string;
}

@InputType()
export class RecoveryMilestoneInput {
  @Field(() => ID)
  @IsUUID()
  personId: string;

  @Field(() => RecoveryMilestoneKind)
  @IsEnum(RecoveryMilestoneKind)
  kind: RecoveryMilestoneKind;

  @Field()
  @IsIsoDate()
  achievedOn: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 500)
  note?: string | null;
}
