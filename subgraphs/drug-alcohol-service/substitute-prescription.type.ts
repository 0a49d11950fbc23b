import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Guarded, NoPersonalData } from '../kit/consent-decorators';
import { SubstituteMedication } from './drug-alcohol-service.enums';

@Guarded('drugs-alcohol')
@ObjectType({ description: 'A substitute prescription (opioid substitution therapy).' })
export class SubstitutePrescription {
  @NoPersonalData()
  @Field(() => ID)
  id: string;

  @NoPersonalData()
  @Field(() => ID)
  personId: string;

  @Field(() => SubstituteMedication)
  medication: SubstituteMedication;

  @Field(() => Float, { description: 'Daily dose in milligrams (for a depot, the monthly dose).' })
  doseMg: number;

  @Field({ description: 'Taken in front of the pharmacist.' })
  supervisedConsumption: boolean;

  @Field()
  startedOn: string;

  @Field(() => String, { nullable: true })
  endedOn: string | null;
}
