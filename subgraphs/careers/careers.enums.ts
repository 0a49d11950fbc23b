import { registerEnumType } from 'type-graphql';

export enum EducationEmploymentStatus {
  IN_EDUCATION = 'IN_EDUCATION',
  IN_EMPLOYMENT = 'IN_EMPLOYMENT',
  IN_TRAINING = 'IN_TRAINING',
  NEET = 'NEET',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(EducationEmploymentStatus, {
  name: 'EducationEmploymentStatus',
  description: 'Education, employment or training status; NEET is none of the three.',
});

export enum QualificationLevel {
  ENTRY = 'ENTRY',
  LEVEL_1 = 'LEVEL_1',
  LEVEL_2 = 'LEVEL_2',
  LEVEL_3 = 'LEVEL_3',
  LEVEL_4 = 'LEVEL_4',
  LEVEL_5 = 'LEVEL_5',
  LEVEL_6 = 'LEVEL_6',
  LEVEL_7 = 'LEVEL_7',
  LEVEL_8 = 'LEVEL_8',
}
registerEnumType(QualificationLevel, { name: 'QualificationLevel', description: 'Level on the Regulated Qualifications Framework.' });

export enum CourseStatus {
  ENROLLED = 'ENROLLED',
  COMPLETED = 'COMPLETED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(CourseStatus, { name: 'CourseStatus' });
