import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Guarded, NoPersonalData } from '../kit/consent-decorators';

export enum ReferralStatus {
  SENT = 'SENT',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  CLOSED = 'CLOSED',
}
registerEnumType(ReferralStatus, {
  name: 'ReferralStatus',
  description: 'SENT: waiting for the receiving agency. ACCEPTED: it is working with the person. DECLINED and CLOSED end it. SENT and ACCEPTED are open.',
});

export const OPEN_REFERRAL_STATUSES = [ReferralStatus.SENT, ReferralStatus.ACCEPTED];

@ObjectType({ description: 'One step in a referral\'s life.' })
export class ReferralStatusChange {
  @Field(() => ReferralStatus)
  status: ReferralStatus;

  @Field(() => String, { nullable: true, description: 'Why it was declined, or the outcome it closed with.' })
  note: string | null;

  @Field({ description: 'Staff id of whoever made the change.' })
  changedBy: string;

  @Field()
  changedByAgency: string;

  @Field()
  changedAt: Date;
}

@Guarded('referral')
@ObjectType({
  description:
    "A referral from one agency to another, recorded in the same step as the person's consent for the receiving agency to see the shared categories. Both agencies read it as their own record; anyone else needs the person's consent to 'referral'.",
})
export class Referral {
  @NoPersonalData()
  @Field(() => ID)
  id: string;

  @NoPersonalData()
  @Field(() => ID)
  personId: string;

  @Field()
  fromAgency: string;

  @Field({ description: 'Staff id of the referrer.' })
  referredBy: string;

  @Field()
  toAgency: string;

  @Field()
  reason: string;

  @Field(() => [String], { description: 'The data categories the person agreed to share with the receiving agency.' })
  sharedCategories: string[];

  @Field(() => ID, { nullable: true, description: 'The consent recorded with the referral in the consent ledger; null when nothing was shared.' })
  consentId: string | null;

  @Field(() => ReferralStatus)
  status: ReferralStatus;

  @Field()
  createdAt: Date;

  /** Not a field: both agencies hold the referral as their own record (kit/consent-rules.ts). */
  holdingAgencies: string[];
}
