import { ArrayNotEmpty, ArrayUnique, IsDate, IsEnum, IsIn, IsOptional, IsUUID, Length } from 'class-validator';
import { IsKnownAgency } from '../kit/input-formats';
import { Field, ID, InputType } from 'type-graphql';
import { dataCategoryCodes } from '../../schema/data-categories';
import { ConsentEvidence } from './consent.type';

@InputType({ description: 'A consent the person has given, to record in the ledger.' })
export class GrantConsentInput {
  @Field(() => ID)
  @IsUUID()
  personId: string;

  @Field({ description: 'The agency the person agrees may see the categories.' })
  @IsKnownAgency()
  agency: string;

  @Field(() => [String])
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsIn(dataCategoryCodes, { each: true, message: `categories must each be one of ${dataCategoryCodes.join(', ')}` })
  categories: string[];

  @Field()
  @Length(3, 500)
  purpose: string;

  @Field(() => Date, { nullable: true, description: 'Leave out for a consent that lasts until withdrawn.' })
  @IsOptional()
  @IsDate()
  expiresAt?: Date | null;

  @Field(() => ConsentEvidence)
  @IsEnum(ConsentEvidence)
  evidence: ConsentEvidence;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 1000)
  evidenceNote?: string | null;
}

@InputType()
export class WithdrawConsentInput {
  @Field(() => ID)
  @IsUUID()
  consentId: string;

  @Field(() => ID, { description: 'The person whose consent it is.' })
  @IsUUID()
  personId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 1000)
  reason?: string | null;
}
