import { IsDate, IsIn, IsInt, IsOptional, IsUUID, Length, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'Narrows the audit log; every field is optional and they combine with AND.' })
export class AuditEventFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  person?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  agency?: string | null;

  @Field(() => String, { nullable: true, description: 'A staff member (token subject).' })
  @IsOptional()
  @Length(1, 200)
  subject?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(['ALLOWED', 'DENIED'], { message: 'decision must be ALLOWED or DENIED' })
  decision?: string | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  to?: Date | null;
}

@InputType()
export class BreakGlassReviewInput {
  @Field(() => Int, { description: 'The audit entry to review.' })
  @IsInt()
  @Min(1)
  sequence: number;

  @Field()
  @Length(1, 2000)
  finding: string;
}
