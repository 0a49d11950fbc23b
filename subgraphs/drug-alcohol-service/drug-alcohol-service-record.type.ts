import { Field, ID, ObjectType } from 'type-graphql';
import { Guarded, NoPersonalData } from '../kit/consent-decorators';
import { Substance } from './drug-alcohol-service.enums';

@Guarded('drugs-alcohol')
@ObjectType({ description: 'Drug and alcohol recovery service: its record of a person. Special-category data (UK GDPR Art. 9).' })
export class TreatmentRecord {
  @NoPersonalData()
  @Field(() => ID)
  personId: string;

  @Field({ description: 'In structured treatment now.' })
  inTreatment: boolean;

  @Field(() => String, { nullable: true, description: 'ISO date this episode of treatment began.' })
  treatmentStartedOn: string | null;

  @Field(() => Substance)
  primarySubstance: Substance;

  @Field({ description: 'The key worker: the one person at the service the client deals with.' })
  keyWorker: string;

  @Field({ description: 'ISO date the agency opened the record.' })
  openedOn: string;

  @Field({ description: 'Staff id of whoever last changed the record.' })
  updatedBy: string;

  @NoPersonalData()
  @Field()
  updatedAt: Date;
}
