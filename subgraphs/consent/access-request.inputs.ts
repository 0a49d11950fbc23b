import { ArrayMaxSize, ArrayNotEmpty, IsEnum, IsIn, IsOptional, IsUUID, Length, ValidateNested } from 'class-validator';
import { Directive, Field, ID, InputType } from 'type-graphql';
import { dataCategoryCodes } from '../../schema/data-categories';
import { MAX_ACCESS_QUESTIONS } from '../kit/consent-decisions';
import { AccessPurpose } from './access-decision.type';

@Directive('@inaccessible')
@InputType({ description: 'One protected field a subgraph is about to serve.' })
export class AccessRequestInput {
  @Field(() => ID)
  @IsUUID()
  personId: string;

  @Field()
  @IsIn(dataCategoryCodes as string[], { message: 'category must be a category of schema/data-categories.ts' })
  category: string;

  @Field({ description: 'Type.field that asked.' })
  @Length(1, 200)
  fieldPath: string;

  @Field(() => [String], { nullable: true, description: 'Agencies that hold this record as their own, beyond the subgraph\'s owner: both sides of a referral.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @Length(1, 100, { each: true })
  holdingAgencies?: string[] | null;

  @Field(() => AccessPurpose, { nullable: true, description: 'READ unless given.' })
  @IsOptional()
  @IsEnum(AccessPurpose)
  purpose?: AccessPurpose | null;
}

@Directive('@inaccessible')
@InputType({
  description:
    "A subgraph's batch of access questions for one request of one caller. Who asks (the subgraph and its agency), the request id and any break-glass justification come with the call, not in here.",
})
export class AccessQuestionInput {
  @Field(() => [AccessRequestInput])
  @ArrayNotEmpty()
  @ArrayMaxSize(MAX_ACCESS_QUESTIONS)
  @ValidateNested({ each: true })
  requests: AccessRequestInput[];
}
