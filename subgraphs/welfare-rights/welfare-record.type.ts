import { Field, ID, ObjectType } from 'type-graphql';
import { WelfareHouseholdType, WelfareHousingTenure } from './welfare-rights.enums';

@ObjectType({ description: "The welfare-rights adviser's record of a person." })
export class WelfareRecord {
  @Field(() => ID)
  personId: string;

  @Field(() => WelfareHouseholdType)
  householdType: WelfareHouseholdType;

  @Field(() => WelfareHousingTenure)
  housingTenure: WelfareHousingTenure;

  @Field(() => String, { nullable: true })
  notes: string | null;

  @Field()
  updatedAt: Date;
}
