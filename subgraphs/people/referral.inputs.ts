import { ArrayMaxSize, ArrayUnique, IsIn, IsOptional, IsUUID, Length } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { IsKnownAgency } from '../kit/input-formats';
import { dataCategoryCodes } from '../../schema/data-categories';
import { PageArgs } from '../kit/page.args';
import { ReferralStatus } from './referral.type';

@InputType({ description: 'A referral, and what the person agreed the receiving agency may see.' })
export class CreateReferralInput {
  @Field(() => ID)
  @IsUUID()
  personId: string;

  @Field({ description: 'The receiving agency\'s code, such as employability or welfare-rights.' })
  @IsKnownAgency()
  toAgency: string;

  @Field()
  @Length(10, 2000, { message: 'reason must say why, in 10 to 2000 characters' })
  reason: string;

  @Field(() => [String], {
    description: 'Data categories the person agreed the receiving agency may see; it reads the referral itself in any case.',
  })
  @ArrayUnique()
  @IsIn(dataCategoryCodes, { each: true, message: `share must hold data-category codes: ${dataCategoryCodes.join(', ')}` })
  share: string[];

  @Field({ description: 'How and when the person agreed, for the consent ledger (e.g. "signed referral form, 25 Nov").' })
  @Length(3, 1000)
  consentNote: string;
}

@ArgsType()
export class ReferralArgs {
  @Field(() => ID)
  @IsUUID()
  referralId: string;
}

@ArgsType()
export class DeclineReferralArgs extends ReferralArgs {
  @Field({ description: 'Why the receiving agency cannot take the person on.' })
  @Length(3, 1000, { message: 'reason must say why, in 3 to 1000 characters' })
  reason: string;
}

@ArgsType()
export class CloseReferralArgs extends ReferralArgs {
  @Field({ description: 'What came of the referral.' })
  @Length(3, 1000, { message: 'outcome must say what came of it, in 3 to 1000 characters' })
  outcome: string;
}

@ArgsType()
export class ReferralInboxArgs extends PageArgs {
  @Field(() => [ReferralStatus], { nullable: true, description: 'Open ones (SENT, ACCEPTED) unless given.' })
  @IsOptional()
  @ArrayMaxSize(Object.keys(ReferralStatus).length, { message: `statuses may list each of the ${Object.keys(ReferralStatus).length} statuses once at most` })
  @ArrayUnique({ message: 'statuses may list each status once' })
  statuses?: ReferralStatus[] | null;
}
