import { Field, ID, ObjectType } from 'type-graphql';
import { Guarded, NoPersonalData } from '../kit/consent-decorators';
import { HomelessnessDecision, HomelessnessDuty } from './housing.enums';

@Guarded('housing')
@ObjectType({ description: 'An application to the council as homeless or threatened with homelessness.' })
export class HomelessnessApplication {
  @NoPersonalData()
  @Field(() => ID)
  id: string;

  @NoPersonalData()
  @Field(() => ID)
  personId: string;

  @Field()
  appliedOn: string;

  @Field(() => HomelessnessDuty)
  duty: HomelessnessDuty;

  @Field(() => HomelessnessDecision)
  decision: HomelessnessDecision;

  @Field(() => String, { nullable: true })
  decidedOn: string | null;

  @Field({ description: 'Staff id of the housing officer.' })
  officer: string;
}
