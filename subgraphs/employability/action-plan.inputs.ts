import { IsEnum, IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsIsoDate } from '../kit/input-formats';
import { ActionPlanStatus } from './employability.enums';

/** Words a person reads on their plan: spaces alone say nothing. */
const NotBlank = () => Matches(/\S/, { message: ({ property }) => `${property} must not be blank` });

@InputType()
export class ActionPlanGoalInput {
  @Field(() => ID)
  @IsUUID()
  personId: string;

  @Field()
  @Length(1, 200)
  @NotBlank()
  title: string;

  @Field({ description: 'Who is responsible: the person, their keyworker or a partner, in plain words.' })
  @Length(1, 200)
  @NotBlank()
  owner: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  @IsOptional()
  @IsIsoDate()
  dueOn?: string | null;
}

@InputType({
  description:
    'Changes to a goal; leave a field out to keep it. A null dueOn clears the due date. ' +
    'Status DONE needs every step DONE or DROPPED and records completedOn (today unless given); any other status clears it. ' +
    'DROPPED drops the open steps with the goal.',
})
export class ActionPlanGoalUpdateInput {
  @Field(() => ID)
  @IsUUID()
  goalId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  @NotBlank()
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  @NotBlank()
  owner?: string | null;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD; not before the due date of any of the goal's open steps." })
  @IsOptional()
  @IsIsoDate()
  dueOn?: string | null;

  @Field(() => ActionPlanStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ActionPlanStatus)
  status?: ActionPlanStatus | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not in the future: when it was done, if not today. Only with DONE.' })
  @IsOptional()
  @IsIsoDate()
  completedOn?: string | null;
}

@InputType({ description: 'A new step of a goal that is not DONE or DROPPED; it starts NOT_STARTED.' })
export class ActionPlanStepInput {
  @Field(() => ID)
  @IsUUID()
  goalId: string;

  @Field()
  @Length(1, 500)
  @NotBlank()
  description: string;

  @Field({ description: 'Who will do it: the person, their keyworker or a partner, in plain words.' })
  @Length(1, 200)
  @NotBlank()
  owner: string;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD; not after the goal's own due date." })
  @IsOptional()
  @IsIsoDate()
  dueOn?: string | null;
}

@InputType({
  description:
    'Changes to a step; leave a field out to keep it. A null dueOn clears the due date. ' +
    'DONE records completedOn (today unless given); any other status clears it. A step of a DONE or DROPPED goal cannot be reopened.',
})
export class ActionPlanStepUpdateInput {
  @Field(() => ID)
  @IsUUID()
  stepId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 500)
  @NotBlank()
  description?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  @NotBlank()
  owner?: string | null;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD; not after the goal's own due date." })
  @IsOptional()
  @IsIsoDate()
  dueOn?: string | null;

  @Field(() => ActionPlanStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ActionPlanStatus)
  status?: ActionPlanStatus | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not in the future: when it was done, if not today. Only with DONE.' })
  @IsOptional()
  @IsIsoDate()
  completedOn?: string | null;
}
