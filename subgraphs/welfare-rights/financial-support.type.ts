import { Field, ID, Int, ObjectType } from 'type-graphql';
import { FinancialSupportKind } from './welfare-rights.enums';
import { Guarded, NoPersonalData } from '../kit/consent-decorators';

@Guarded('finances')
@ObjectType({ description: 'Financial-inclusion support the adviser gave.' })
export class FinancialSupport {
  @NoPersonalData()
  @Field(() => ID)
  id: string;

  @NoPersonalData()
  @Field(() => ID)
  personId: string;

  @Field(() => FinancialSupportKind)
  kind: FinancialSupportKind;

  @Field()
  description: string;

  @Field()
  givenOn: string;

  @Field({ description: 'Staff id of the welfare-rights adviser.' })
  adviser: string;

  @Field(() => Int, { nullable: true, description: 'Money gained for the person a year, in pence; null if none or not known.' })
  annualGainPence: number | null;
}
