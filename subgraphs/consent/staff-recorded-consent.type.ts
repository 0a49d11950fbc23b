import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ConsentEvidence } from './consent.type';

/**
 * A consent recorded by staff, as the data-protection officer reviews it: a record of who said a
 * person agreed, not one of the person's case records (so `person`, not `personId`; served only to
 * the DPO by the role rule on the query that returns it).
 */
@ObjectType()
export class StaffRecordedConsent {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'Whose consent it is.' })
  person: string;

  @Field({ description: 'The agency the consent was given to.' })
  agency: string;

  @Field(() => [String])
  categories: string[];

  @Field()
  purpose: string;

  @Field({ description: 'Staff id of whoever recorded it.' })
  recordedBy: string;

  @Field()
  recordedByAgency: string;

  @Field(() => ConsentEvidence)
  evidence: ConsentEvidence;

  @Field(() => String, { nullable: true })
  evidenceNote: string | null;

  @Field()
  givenAt: Date;

  @Field(() => Date, { nullable: true })
  withdrawnAt: Date | null;
}

@ObjectType()
export class StaffRecordedConsentPage {
  @Field(() => [StaffRecordedConsent], { description: 'Newest first.' })
  consents: StaffRecordedConsent[];

  @Field(() => Int)
  total: number;
}
