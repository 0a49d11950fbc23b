import { Field, ID, ObjectType } from 'type-graphql';
import { SafeguardingRiskLevel } from './social-services.enums';
import { Guarded, NoPersonalData } from '../kit/consent-decorators';

@Guarded('safeguarding')
@ObjectType({ description: 'A safeguarding concern about the person and what was done about it.' })
export class SafeguardingNote {
  @NoPersonalData()
  @Field(() => ID)
  id: string;

  @NoPersonalData()
  @Field(() => ID)
  personId: string;

  @Field()
  recordedOn: string;

  @Field({ description: 'Staff id of who recorded the concern.' })
  recordedBy: string;

  @Field()
  concern: string;

  @Field(() => SafeguardingRiskLevel)
  riskLevel: SafeguardingRiskLevel;

  @Field(() => String, { nullable: true })
  actionTaken: string | null;
}
