import { Field, ID, ObjectType } from 'type-graphql';
import { WelfareHouseholdType, WelfareHousingTenure } from './welfare-rights.enums';
import { Guarded, NoPersonalData } from '../kit/consent-decorators';

@Guarded('benefits')
@ObjectType({ description: "The welfare-rights adviser's record of a person." })
export class WelfareRecord {
  @NoPersonalData()
  @Field(() => ID)
  personId: string;

  @Field(() => WelfareHouseholdType)
  householdType: WelfareHouseholdType;

  @Field(() => WelfareHousingTenure)
  housingTenure: WelfareHousingTenure;

  @Guarded('finances')
  @Field(() => String, { nullable: true })
  notes: string | null;

  @NoPersonalData()
  @Field()
  updatedAt: Date;
}
