import { Field, ID, Int, ObjectType } from 'type-graphql';
import { WelfareBenefitType, WelfarePaymentPeriod } from './welfare-rights.enums';
import { Guarded, NoPersonalData } from '../kit/consent-decorators';

@Guarded('benefits')
@ObjectType({ description: 'A benefit the person is (or was) paid.' })
export class BenefitAward {
  @NoPersonalData()
  @Field(() => ID)
  id: string;

  @NoPersonalData()
  @Field(() => ID)
  personId: string;

  @Field(() => WelfareBenefitType)
  benefit: WelfareBenefitType;

  @Field(() => Int, { description: 'Amount paid each period, in pence.' })
  amountPence: number;

  @Field(() => WelfarePaymentPeriod)
  period: WelfarePaymentPeriod;

  @Field()
  startedOn: string;

  @Field(() => String, { nullable: true, description: 'Null while the award is still in payment.' })
  endedOn: string | null;
}
