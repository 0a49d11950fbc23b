import { IsEnum, IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { LinkMadeHow } from './agency-links';

const AGENCY_CODE = /^[a-z][a-z0-9-]{1,62}$/;
const agencyCodeMessage = 'agency must be an agency code such as careers or welfare-rights';

@ArgsType()
export class LinkAgencyArgs {
  @Field(() => ID, { description: 'Your own person id.' })
  @IsUUID()
  personId: string;

  @Field()
  @Matches(AGENCY_CODE, { message: agencyCodeMessage })
  agency: string;
}

@ArgsType()
export class CloseCaseArgs {
  @Field(() => ID)
  @IsUUID()
  personId: string;

  @Field({ description: 'Why the work ended: the outcome, or that the person moved on.' })
  @Length(3, 1000)
  reason: string;
}

@InputType()
export class AgencyLinkFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(AGENCY_CODE, { message: agencyCodeMessage })
  agency?: string | null;

  @Field(() => LinkMadeHow, { nullable: true })
  @IsOptional()
  @IsEnum(LinkMadeHow)
  madeHow?: LinkMadeHow | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  person?: string | null;
}
