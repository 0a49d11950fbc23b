import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BarrierFundingPurpose } from './employability.enums';

@ObjectType({ description: 'Money paid to remove a barrier to work or training (a travel pass, childcare, boots).' })
export class BarrierFunding {
  @Field(() => ID)
  id: string;

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
