import { IsBoolean, IsDate, IsIn, IsOptional, IsUUID } from 'class-validator';
import { Directive, Field, ID, InputType } from 'type-graphql';
import { IsKnownAgency } from '../kit/input-formats';

export const LINK_MADE_HOW = ['REGISTERED', 'REGISTERED_KNOWN_PERSON', 'REFERRAL_ACCEPTED', 'BY_THE_PERSON'] as const;

@Directive('@inaccessible')
@InputType({ description: "One change to an agency link, as the people subgraph (the links' owner) recorded it." })
export class AgencyLinkChangeInput {
  @Field(() => ID, { description: "The people subgraph's id of the link." })
  @IsUUID()
  linkId: string;

  @Field(() => ID)
  @IsUUID()
  personId: string;

  @Field()
  @IsKnownAgency()
  agency: string;

  @Field()
  @IsIn(LINK_MADE_HOW as unknown as string[], { message: `madeHow must be one of ${LINK_MADE_HOW.join(', ')}` })
  madeHow: string;

  @Field()
  @IsDate()
  linkedAt: Date;

  @Field(() => Date, { nullable: true, description: 'Set when the link ended: the work with the person is over.' })
  @IsOptional()
  @IsDate()
  endedAt?: Date | null;

  @Field({ defaultValue: false, description: 'The write that made this link failed in the people subgraph: forget the link.' })
  @IsBoolean()
  forget: boolean;
}
