import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { NoPersonalData } from '../kit/consent-decorators';

/** Why a field was served or refused: the last column of every audit entry. */
export enum AccessReason {
  OWN_RECORD = 'OWN_RECORD',
  DPO_NO_CASE_DATA = 'DPO_NO_CASE_DATA',
  OWNING_AGENCY = 'OWNING_AGENCY',
  HOLDING_AGENCY = 'HOLDING_AGENCY',
  CONSENT = 'CONSENT',
  BREAK_GLASS = 'BREAK_GLASS',
  NO_CONSENT = 'NO_CONSENT',
}
registerEnumType(AccessReason, {
  name: 'AccessReason',
  description: 'The step of the access decision that decided (see ARCHITECTURE.md, "The access decision").',
  valuesConfig: {
    OWN_RECORD: { description: 'A client reading their own record.' },
    DPO_NO_CASE_DATA: { description: 'Refused: data-protection officers see rules and the audit log, not case files.' },
    OWNING_AGENCY: { description: "Staff of the agency that owns the record: their own agency's data." },
    HOLDING_AGENCY: { description: 'Staff of an agency that holds this one record as its own: the referring or receiving agency of a referral.' },
    CONSENT: { description: "An active consent of the person to the caller's agency for the category." },
    BREAK_GLASS: { description: 'Urgent safeguarding access with a written justification, flagged for review.' },
    NO_CONSENT: { description: 'Refused: no active consent for this category.' },
  },
});

/** Internal to the hub (`@inaccessible` at the gateway): a yes or no about a field, not the field itself. */
@Directive('@inaccessible')
@ObjectType({ description: 'The answer to one access question.' })
export class AccessDecision {
  @NoPersonalData()
  @Field(() => ID)
  personId: string;

  @NoPersonalData()
  @Field()
  category: string;

  @NoPersonalData()
  @Field(() => [String], { description: 'As asked: the agencies holding the record, if the question named any.' })
  holdingAgencies: string[];

  @NoPersonalData()
  @Field()
  allowed: boolean;

  @NoPersonalData()
  @Field(() => AccessReason)
  reason: AccessReason;

  @NoPersonalData()
  @Field(() => ID, { nullable: true })
  consentId: string | null;
}
