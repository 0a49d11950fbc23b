import { IsUUID } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { IsIsoDate } from '../kit/input-formats';

@ArgsType()
export class ProgrammeOutcomesArgs {
  @Field(() => ID)
  @IsUUID()
  programmeId: string;

  @Field({ description: 'First day of the start period, YYYY-MM-DD.' })
  @IsIsoDate()
  from: string;

  @Field({ description: 'Last day of the start period, YYYY-MM-DD, not before `from`.' })
  @IsIsoDate()
  to: string;
}
