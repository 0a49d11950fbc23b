import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Guarded, NoPersonalData } from '../kit/consent-decorators';

export enum ConsentEvidence {
  VERBAL = 'VERBAL',
  WRITTEN_FORM = 'WRITTEN_FORM',
  DIGITAL_SELF_SERVICE = 'DIGITAL_SELF_SERVICE',
  REFERRAL_FORM = 'REFERRAL_FORM',
}
registerEnumType(ConsentEvidence, { name: 'ConsentEvidence', description: 'How the person gave the consent.' });

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

  @Field(() => ConsentEvidence)
  evidence: ConsentEvidence;

  @Field(() => String, { nullable: true })
  evidenceNote: string | null;

  @Field({ description: 'Given, not expired and not withdrawn.' })
  active(): boolean {
    return this.withdrawnAt === null && (this.expiresAt === null || this.expiresAt > new Date());
  }
}
