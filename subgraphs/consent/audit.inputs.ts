import { IsDate, IsEnum, IsIn, IsOptional, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { BreakGlassFinding } from './break-glass-access.type';

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

@InputType({ description: "A data-protection officer's review of one break-glass request." })
export class BreakGlassReviewInput {
  @Field(() => ID, { description: 'The request to review (BreakGlassAccess.requestId).' })
  @IsUUID()
  requestId: string;

  @Field(() => BreakGlassFinding)
  @IsEnum(BreakGlassFinding)
  finding: BreakGlassFinding;

  @Field({ description: 'What the review found, for the record and for the person.' })
  @Length(10, 2000, { message: 'note must say what the review found (10 to 2000 characters)' })
  note: string;
}
