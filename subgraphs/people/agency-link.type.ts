import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { NoPersonalData } from '../kit/consent-decorators';
import { LinkMadeHow } from './agency-links';

registerEnumType(LinkMadeHow, {
  name: 'LinkMadeHow',
  description: 'How an agency came to work with the person.',
  valuesConfig: {
    REGISTERED: { description: 'It registered the person, who was new to the hub.' },
    REGISTERED_KNOWN_PERSON: { description: 'It registered someone the hub already knew, and was linked to them.' },
    REFERRAL_ACCEPTED: { description: 'It accepted a referral of the person.' },
    BY_THE_PERSON: { description: 'The person linked it themselves.' },
  },
});

/** Fields of one link, as the person reads them in their own record and the DPO in the register. */
@ObjectType()
abstract class LinkFields {
  @NoPersonalData()
  @Field(() => ID)
  id: string;

  @NoPersonalData()
  @Field({ description: 'The agency that works (or worked) with the person.' })
  agency: string;

  @NoPersonalData()
  @Field(() => LinkMadeHow)
  madeHow: LinkMadeHow;

  @NoPersonalData()
  @Field({ description: 'Who made it: a staff id, or the person themselves.' })
  linkedBy: string;

  @NoPersonalData()
  @Field()
  linkedAt: Date;

  @NoPersonalData()
  @Field(() => ID, { nullable: true, description: 'The accepted referral that made it.' })
  referralId: string | null;

  @NoPersonalData()
  @Field(() => Date, { nullable: true, description: 'When the work ended; null while the agency works with the person.' })
  endedAt: Date | null;

  @NoPersonalData()
  @Field(() => String, { nullable: true })
  endedBy: string | null;

  @NoPersonalData()
  @Field(() => String, { nullable: true, description: 'Why it ended: a referral closed or declined, a case closed.' })
  endReason: string | null;
}

@ObjectType({ description: 'An agency that works or worked with you, how it came to, and when it stopped.' })
export class AgencyLink extends LinkFields {}

/**
 * A link as the data-protection officer reviews it: a record of who came to work with whom, not a
 * case record (so `person`, not `personId`; served only to the DPO by the query's role rule).
 */
@ObjectType({ description: 'One agency link, for the DPO.' })
export class AgencyLinkEntry extends LinkFields {
  @Field(() => ID, { description: 'Whose link it is.' })
  person: string;
}
