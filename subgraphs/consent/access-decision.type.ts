import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { NoPersonalData } from '../kit/consent-decorators';

/** Why a field was served or refused: the last column of every audit entry. */
export enum AccessReason {
  OWN_RECORD = 'OWN_RECORD',
  DPO_NO_CASE_DATA = 'DPO_NO_CASE_DATA',
  OWNING_AGENCY = 'OWNING_AGENCY',
  HOLDING_AGENCY = 'HOLDING_AGENCY',
  LINKED_AGENCY = 'LINKED_AGENCY',
  CONSENT = 'CONSENT',
  BREAK_GLASS = 'BREAK_GLASS',
  NO_CONSENT = 'NO_CONSENT',
  NO_LINK = 'NO_LINK',
}
/** What the subgraph is about to do with the category: serve it (READ), or add to or change it (WRITE). */
export enum AccessPurpose {
  READ = 'READ',
  WRITE = 'WRITE',
}
registerEnumType(AccessPurpose, {
  name: 'AccessPurpose',
  description: "READ: a field is about to be served. WRITE: an agency is about to write the person's records, which needs an open link.",
});

registerEnumType(AccessReason, {
  name: 'AccessReason',
  description: 'The step of the access decision that decided (see ARCHITECTURE.md, "The access decision").',
  valuesConfig: {
    OWN_RECORD: { description: 'A client reading their own record.' },
    DPO_NO_CASE_DATA: { description: 'Refused: data-protection officers see rules and the audit log, not case files.' },
    OWNING_AGENCY: { description: "Staff of the agency that owns the record: their own agency's data." },
    HOLDING_AGENCY: { description: 'Staff of an agency that holds this one record as its own: the referring or receiving agency of a referral.' },
    LINKED_AGENCY: {
      description: "Staff of an agency that works with the person (an open link): for identity, who the person is; for a write, the agency may add to its records.",
    },
    CONSENT: { description: "An active consent of the person to the caller's agency for the category." },
    BREAK_GLASS: { description: 'Urgent safeguarding access with a written justification, flagged for review.' },
    NO_CONSENT: { description: 'Refused: no active consent for this category.' },
    NO_LINK: { description: "Refused write: the caller's agency does not work with the person (no open link)." },
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
  @Field(() => AccessPurpose)
  purpose: AccessPurpose;

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
