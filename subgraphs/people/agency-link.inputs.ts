import { IsEnum, IsOptional, IsUUID, Length } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { IsKnownAgency } from '../kit/input-formats';
import { LinkMadeHow } from './agency-links';

@ArgsType()
export class LinkAgencyArgs {
  @Field(() => ID, { description: 'Your own person id.' })
  @IsUUID()
  personId: string;

  @Field()
  @IsKnownAgency()
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
  @IsKnownAgency()
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
