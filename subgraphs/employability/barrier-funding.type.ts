import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BarrierFundingPurpose } from './employability.enums';
import { Guarded, NoPersonalData } from '../kit/consent-decorators';

@Guarded('outcomes')
@ObjectType({ description: 'Money paid to remove a barrier to work or training (a travel pass, childcare, boots).' })
export class BarrierFunding {
  @NoPersonalData()
  @Field(() => ID)
  id: string;

  @NoPersonalData()
  @Field(() => ID)
  personId: string;

  @Field(() => BarrierFundingPurpose)
  purpose: BarrierFundingPurpose;

  @Field(() => Int)
  amountPence: number;

  @Field()
  awardedOn: string;

  @Field()
  description: string;
}
