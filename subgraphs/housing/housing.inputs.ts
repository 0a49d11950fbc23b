import { IsEnum, IsOptional, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsIsoDate } from '../kit/input-formats';
import { AccommodationStatus, HomelessnessDecision, HomelessnessDuty, HousingSupport, TenancyKind } from './housing.enums';

@InputType()
export class AccommodationStatusInput {
  @Field(() => ID)
  @IsUUID()
  personId: string;

  @Field(() => AccommodationStatus)
  @IsEnum(AccommodationStatus)
  accommodationStatus: AccommodationStatus;

  @Field({ description: 'ISO date the status began, YYYY-MM-DD.' })
  @IsIsoDate()
  statusSince: string;
}

@InputType()
export class TenancyInput {
  @Field(() => ID)
  @IsUUID()
  personId: string;

  @Field(() => TenancyKind)
  @IsEnum(TenancyKind)
  kind: TenancyKind;

  @Field()
  @Length(1, 200)
  landlord: string;

  @Field()
  @IsIsoDate()
  startedOn: string;

  @Field(() => HousingSupport, { defaultValue: HousingSupport.NONE })
  @IsEnum(HousingSupport)
  support: HousingSupport;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  supportWorker?: string | null;
}

@InputType()
export class HomelessnessApplicationInput {
  @Field(() => ID)
  @IsUUID()
  personId: string;

  @Field()
  @IsIsoDate()
  appliedOn: string;

  @Field(() => HomelessnessDuty)
  @IsEnum(HomelessnessDuty)
  duty: HomelessnessDuty;

  @Field(() => HomelessnessDecision, { defaultValue: HomelessnessDecision.PENDING })
  @IsEnum(HomelessnessDecision)
  decision: HomelessnessDecision;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIsoDate()
  decidedOn?: string | null;
}
