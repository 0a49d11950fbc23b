import { IsEnum, IsInt, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsIsoDate } from '../kit/input-formats';
import {
  DebtPriority,
  DebtStatus,
  DebtType,
  FinancialSupportKind,
  WelfareBenefitType,
  WelfareHouseholdType,
  WelfareHousingTenure,
  WelfarePaymentPeriod,
} from './welfare-rights.enums';

/** £1m in pence: far above any award or debt the adviser sees, so a larger figure is a typing slip. */
const MAX_PENCE = 100_000_000;

@InputType()
export class WelfareCircumstancesInput {
  @Field(() => ID)
  @IsUUID()
  personId: string;

  @Field(() => WelfareHouseholdType)
  @IsEnum(WelfareHouseholdType)
  householdType: WelfareHouseholdType;

  @Field(() => WelfareHousingTenure)
  @IsEnum(WelfareHousingTenure)
  housingTenure: WelfareHousingTenure;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 2000)
  notes?: string | null;
}

@InputType()
export class BenefitAwardInput {
  @Field(() => ID)
  @IsUUID()
  personId: string;

  @Field(() => WelfareBenefitType)
  @IsEnum(WelfareBenefitType)
  benefit: WelfareBenefitType;

  @Field(() => Int, { description: 'Amount paid each period, in pence.' })
  @IsInt()
  @Min(0)
  @Max(MAX_PENCE)
  amountPence: number;

  @Field(() => WelfarePaymentPeriod)
  @IsEnum(WelfarePaymentPeriod)
  period: WelfarePaymentPeriod;

  @Field()
  @IsIsoDate()
  startedOn: string;
}

@InputType()
export class EndBenefitAwardInput {
  @Field(() => ID)
  @IsUUID()
  awardId: string;

  @Field()
  @IsIsoDate()
  endedOn: string;
}

@InputType()
export class DebtInput {
  @Field(() => ID)
  @IsUUID()
  personId: string;

  @Field()
  @Length(1, 200)
  creditor: string;

  @Field(() => DebtType)
  @IsEnum(DebtType)
  debtType: DebtType;

  @Field(() => Int, { description: 'Amount owed, in pence.' })
  @IsInt()
  @Min(1)
  @Max(MAX_PENCE)
  amountPence: number;

  @Field(() => DebtPriority)
  @IsEnum(DebtPriority)
  priority: DebtPriority;

  @Field()
  @IsIsoDate()
  recordedOn: string;
}

@InputType()
export class DebtStatusInput {
  @Field(() => ID)
  @IsUUID()
  debtId: string;

  @Field(() => DebtStatus)
  @IsEnum(DebtStatus)
  status: DebtStatus;

  @Field(() => Int, { nullable: true, description: 'Agreed instalment a month, in pence; only with REPAYMENT_PLAN.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PENCE)
  monthlyRepaymentPence?: number | null;
}

@InputType()
export class FinancialSupportInput {
  @Field(() => ID)
  @IsUUID()
  personId: string;

  @Field(() => FinancialSupportKind)
  @IsEnum(FinancialSupportKind)
  kind: FinancialSupportKind;

  @Field()
  @Length(1, 2000)
  description: string;

  @Field()
  @IsIsoDate()
  givenOn: string;

  @Field(() => Int, { nullable: true, description: 'Money gained for the person a year, in pence.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_PENCE)
  annualGainPence?: number | null;
}
