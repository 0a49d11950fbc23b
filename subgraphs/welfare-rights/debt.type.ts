import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DebtPriority, DebtStatus, DebtType } from './welfare-rights.enums';
import { Guarded, NoPersonalData } from '../kit/consent-decorators';

@Guarded('finances')
@ObjectType()
export class Debt {
  @NoPersonalData()
  @Field(() => ID)
  id: string;

  @NoPersonalData()
  @Field(() => ID)
  personId: string;

  @Field()
  creditor: string;

  @Field(() => DebtType)
  debtType: DebtType;

  @Field(() => Int, { description: 'Amount owed when recorded, in pence.' })
  amountPence: number;

  @Field(() => DebtPriority)
  priority: DebtPriority;

  @Field(() => DebtStatus)
  status: DebtStatus;

  @Field(() => Int, { nullable: true, description: 'Agreed instalment a month, in pence, while status is REPAYMENT_PLAN.' })
  monthlyRepaymentPence: number | null;

  @Field()
  recordedOn: string;
}
