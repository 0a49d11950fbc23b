import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Guarded, NoPersonalData } from '../kit/consent-decorators';

export enum ConsentEvidence {
  VERBAL = 'VERBAL',
  WRITTEN_FORM = 'WRITTEN_FORM',
  THROUGH_AN_INTERPRETER = 'THROUGH_AN_INTERPRETER',
  EASY_READ_FORM = 'EASY_READ_FORM',
  BY_A_REPRESENTATIVE = 'BY_A_REPRESENTATIVE',
  DIGITAL_SELF_SERVICE = 'DIGITAL_SELF_SERVICE',
  REFERRAL_FORM = 'REFERRAL_FORM',
}
registerEnumType(ConsentEvidence, {
  name: 'ConsentEvidence',
  description: 'How the person gave the consent. Staff say which, with a note; DIGITAL_SELF_SERVICE is the person recording it themselves.',
  valuesConfig: {
    VERBAL: { description: 'Said to the staff member, in person or on the phone.' },
    WRITTEN_FORM: { description: 'A signed consent form.' },
    THROUGH_AN_INTERPRETER: { description: 'Given through an interpreter, named in the note.' },
    EASY_READ_FORM: { description: 'An easy-read or accessible consent form.' },
    BY_A_REPRESENTATIVE: { description: 'By someone with authority to act for the person (an appointee, an attorney), named in the note.' },
    DIGITAL_SELF_SERVICE: { description: 'Recorded by the person themselves.' },
    REFERRAL_FORM: { description: 'Given on the referral that recorded it.' },
  },
});

@Guarded('identity')
@ObjectType({ description: 'A person agreeing that one agency may see some categories of their data, for a purpose.' })
export class Consent {
  @NoPersonalData()
  @Field(() => ID)
  id: string;

  @NoPersonalData()
  @Field(() => ID)
  personId: string;

  @Field({ description: 'The agency allowed to see the categories.' })
  agency: string;

  @Field(() => [String], { description: 'Data category codes (see accessRules / schema/data-categories.ts).' })
  categories: string[];

  @Field()
  purpose: string;

  @Field()
  givenAt: Date;

  @Field(() => Date, { nullable: true })
  expiresAt: Date | null;

  @Field(() => Date, { nullable: true })
  withdrawnAt: Date | null;

  @Field(() => String, { nullable: true })
  withdrawalReason: string | null;

  @Field({ description: 'Who recorded it: a staff id, or the person themselves.' })
  recordedBy: string;

  @Field(() => String, { nullable: true, description: 'The agency of the staff member who recorded it; null when the person recorded it themselves.' })
  recordedByAgency: string | null;

  @Field(() => ConsentEvidence)
  evidence: ConsentEvidence;

  @Field(() => String, { nullable: true })
  evidenceNote: string | null;

  @Field({ description: 'Given, not expired and not withdrawn.' })
  active(): boolean {
    return this.withdrawnAt === null && (this.expiresAt === null || this.expiresAt > new Date());
  }
}
