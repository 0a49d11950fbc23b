import { IsBoolean, IsEnum, IsOptional, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsIsoDate } from '../kit/input-formats';
import { CourseStatus, EducationEmploymentStatus, QualificationLevel } from './careers.enums';

@InputType()
export class CareersStatusInput {
  @Field(() => ID)
  @IsUUID()
  personId: string;

  @Field(() => EducationEmploymentStatus)
  @IsEnum(EducationEmploymentStatus)
  status: EducationEmploymentStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIsoDate()
  statusSince?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 2000)
  aspirations?: string | null;
}

@InputType()
export class QualificationInput {
  @Field(() => ID)
  @IsUUID()
  personId: string;

  @Field()
  @Length(1, 200)
  title: string;

  @Field(() => QualificationLevel)
  @IsEnum(QualificationLevel)
  level: QualificationLevel;

  @Field()
  @IsBoolean()
  accredited: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  awardingBody?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIsoDate()
  achievedOn?: string | null;
}

@InputType()
export class WorkHistoryInput {
  @Field(() => ID)
  @IsUUID()
  personId: string;

  @Field()
  @Length(1, 200)
  employer: string;

  @Field()
  @Length(1, 200)
  jobTitle: string;

  @Field()
  @IsIsoDate()
  startedOn: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIsoDate()
  endedOn?: string | null;
}

@InputType()
export class GuidanceSessionInput {
  @Field(() => ID)
  @IsUUID()
  personId: string;

  @Field()
  @IsIsoDate()
  heldOn: string;

  @Field()
  @Length(1, 5000)
  summary: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 2000)
  nextSteps?: string | null;
}

@InputType()
export class CourseInput {
  @Field(() => ID)
  @IsUUID()
  personId: string;

  @Field()
  @Length(1, 200)
  title: string;

  @Field()
  @Length(1, 200)
  provider: string;

  @Field()
  @IsIsoDate()
  startedOn: string;
}

@InputType()
export class CourseProgressInput {
  @Field(() => ID)
  @IsUUID()
  courseId: string;

  @Field(() => CourseStatus)
  @IsEnum(CourseStatus)
  status: CourseStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIsoDate()
  completedOn?: string | null;
}
