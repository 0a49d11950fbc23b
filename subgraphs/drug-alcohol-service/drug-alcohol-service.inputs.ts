import { IsUUID, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsIsoDate } from '../kit/input-formats';

@InputType()
export class TreatmentEntryInput {
  @Field(() => ID)
  @IsUUID()
  personId: string;

  @Field({ description: 'ISO date it happened, YYYY-MM-DD.' })
  @IsIsoDate()
  happenedOn: string;

  @Field()
  @Length(1, 2000)
  summary: string;
}
