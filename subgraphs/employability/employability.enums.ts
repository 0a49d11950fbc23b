import { registerEnumType } from 'type-graphql';

export enum KeyworkerRole {
  KEYWORKER = 'KEYWORKER',
  NAVIGATOR = 'NAVIGATOR',
  EMPLOYMENT_ADVISER = 'EMPLOYMENT_ADVISER',
  WELLBEING_ADVISER = 'WELLBEING_ADVISER',
}
registerEnumType(KeyworkerRole, {
  name: 'KeyworkerRole',
  description: "The worker's part on a programme; a navigator is the one worker who coordinates the rest.",
});

export enum ProgrammeEnrolmentStatus {
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(ProgrammeEnrolmentStatus, { name: 'ProgrammeEnrolmentStatus' });

export enum ActionPlanStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  DROPPED = 'DROPPED',
}
registerEnumType(ActionPlanStatus, {
  name: 'ActionPlanStatus',
  description: 'Progress of a goal or step of an action plan.',
});

export enum EmployabilityActivityKind {
  CV_WORKSHOP = 'CV_WORKSHOP',
  CONFIDENCE_COURSE = 'CONFIDENCE_COURSE',
  JOB_CLUB = 'JOB_CLUB',
  ONE_TO_ONE = 'ONE_TO_ONE',
  VOLUNTEERING_SESSION = 'VOLUNTEERING_SESSION',
  TRAINING_SESSION = 'TRAINING_SESSION',
}
registerEnumType(EmployabilityActivityKind, { name: 'EmployabilityActivityKind' });

export enum EmployabilityOutcomeKind {
  JOB_START = 'JOB_START',
  IN_WORK_13_WEEKS = 'IN_WORK_13_WEEKS',
  IN_WORK_26_WEEKS = 'IN_WORK_26_WEEKS',
  TRAINING_START = 'TRAINING_START',
  EDUCATION_START = 'EDUCATION_START',
  VOLUNTEERING_START = 'VOLUNTEERING_START',
  QUALIFICATION_GAINED = 'QUALIFICATION_GAINED',
  CV_COMPLETED = 'CV_COMPLETED',
  INTERVIEW_ATTENDED = 'INTERVIEW_ATTENDED',
}
registerEnumType(EmployabilityOutcomeKind, {
  name: 'EmployabilityOutcomeKind',
  description: 'A milestone a programme counts; IN_WORK_13_WEEKS and IN_WORK_26_WEEKS: a job still held that long.',
});

export enum BarrierFundingPurpose {
  TRAVEL = 'TRAVEL',
  CHILDCARE = 'CHILDCARE',
  CLOTHING_AND_EQUIPMENT = 'CLOTHING_AND_EQUIPMENT',
  TRAINING_FEES = 'TRAINING_FEES',
  ID_DOCUMENTS = 'ID_DOCUMENTS',
  OTHER = 'OTHER',
}
registerEnumType(BarrierFundingPurpose, {
  name: 'BarrierFundingPurpose',
  description: 'What a barrier-funding award paid for.',
});
