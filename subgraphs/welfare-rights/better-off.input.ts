import {
  IsBoolean,
  IsDefined,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidateBy,
  ValidateIf,
  type ValidationArguments,
} from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { LimitedCapabilityForWork } from './welfare-rights.enums';

/** £10,000 a month: above any rent, childcare bill or income a better-off calculation sees, so a typing slip. */
const MAX_MONTHLY_PENCE = 1_000_000;
/** £100 an hour: the same, for a wage. */
const MAX_HOURLY_WAGE_PENCE = 10_000;

/**
 * A rule across fields of the input, reported on the field it is written on. Like every validator here it is skipped
 * when that field is left out (type-graphql validates with skipMissingProperties), so it checks the fields given.
 */
const Holds = (name: string, check: (input: BetterOffInput) => boolean, message: string) =>
  ValidateBy({
    name,
    validator: {
      validate: (_value: unknown, args?: ValidationArguments) => check(args!.object as BetterOffInput),
      defaultMessage: () => message,
    },
  });

@InputType({
  description:
    'A job considered (hours a week, hourly wage) and the household circumstances Universal Credit depends on. Money is in pence a month unless named otherwise.',
})
export class BetterOffInput {
  @Field(() => ID)
  @IsUUID()
  personId: string;

  @Field(() => Float, { description: 'Hours a week in the job, 1 to 80, to two decimal places at most.' })
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(1)
  @Max(80)
  hoursPerWeek: number;

  @Field(() => Int, { description: 'Gross hourly wage, in pence.' })
  @IsInt()
  @Min(1)
  @Max(MAX_HOURLY_WAGE_PENCE)
  hourlyWagePence: number;

  @Field(() => Int, { description: "The claimant's age in years: the welfare-rights record does not hold dates of birth." })
  @IsInt()
  @Min(16)
  @Max(120)
  claimantAge: number;

  @Field({ description: 'True for a joint claim as a couple.' })
  @IsBoolean()
  couple: boolean;

  @Field(() => Int, { nullable: true, description: "The partner's age in years: required for a couple, left out otherwise." })
  @ValidateIf((input: BetterOffInput) => input.couple || input.partnerAge != null)
  @IsDefined({ message: 'partnerAge is required for a couple' })
  @Holds('partnerAgeGoesWithCouple', (input) => input.couple, 'partnerAge goes only with couple: true')
  @IsInt()
  @Min(16)
  @Max(120)
  partnerAge?: number | null;

  @Field(() => Int, { defaultValue: 0, description: "A couple's partner's own net earnings a month, unchanged by the claimant's job." })
  @IsInt()
  @Min(0)
  @Max(MAX_MONTHLY_PENCE)
  @Holds(
    'partnerEarningsGoWithCouple',
    (input) => input.couple || input.partnerMonthlyNetEarningsPence === 0,
    'partnerMonthlyNetEarningsPence goes only with couple: true',
  )
  partnerMonthlyNetEarningsPence: number;

  @Field(() => Int, { defaultValue: 0, description: 'Children the claim is for.' })
  @IsInt()
  @Min(0)
  @Max(20)
  children: number;

  @Field(() => Int, {
    defaultValue: 0,
    description: 'How many of them were born before 6 April 2017: they escape the two-child limit, and the eldest gets the higher first-child rate.',
  })
  @IsInt()
  @Min(0)
  @Max(20)
  @Holds(
    'notMoreThanChildren',
    (input) => !(input.childrenBornBefore6April2017 > input.children),
    'childrenBornBefore6April2017 cannot be more than children',
  )
  childrenBornBefore6April2017: number;

  @Field(() => LimitedCapabilityForWork, { defaultValue: LimitedCapabilityForWork.NONE })
  @IsEnum(LimitedCapabilityForWork)
  limitedCapability: LimitedCapabilityForWork;

  @Field(() => Int, { nullable: true, description: 'Eligible housing costs (rent) a month for the housing element; null or 0 for none.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_MONTHLY_PENCE)
  monthlyHousingCostsPence?: number | null;

  @Field(() => Int, { defaultValue: 0, description: 'Childcare the claimant would pay a month while in the job.' })
  @IsInt()
  @Min(0)
  @Max(MAX_MONTHLY_PENCE)
  @Holds(
    'childcareNeedsChildren',
    (input) => input.monthlyChildcareCostsPence === 0 || input.children > 0,
    'monthlyChildcareCostsPence needs at least one child',
  )
  monthlyChildcareCostsPence: number;

  @Field(() => Int, {
    defaultValue: 0,
    description: "Other income UC deducts in full (new-style JSA or ESA, Carer's Allowance, a pension), a month; not Child Benefit, PIP or child maintenance, which UC ignores.",
  })
  @IsInt()
  @Min(0)
  @Max(MAX_MONTHLY_PENCE)
  otherMonthlyIncomePence: number;
}
