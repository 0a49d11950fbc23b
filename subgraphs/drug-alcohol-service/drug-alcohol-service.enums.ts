import { registerEnumType } from 'type-graphql';

export enum Substance {
  OPIATES = 'OPIATES',
  CRACK_COCAINE = 'CRACK_COCAINE',
  COCAINE = 'COCAINE',
  ALCOHOL = 'ALCOHOL',
  CANNABIS = 'CANNABIS',
  BENZODIAZEPINES = 'BENZODIAZEPINES',
  OTHER = 'OTHER',
}
registerEnumType(Substance, { name: 'Substance', description: 'The substance the person came to treatment for.' });

export enum SubstituteMedication {
  METHADONE = 'METHADONE',
  BUPRENORPHINE = 'BUPRENORPHINE',
  BUPRENORPHINE_DEPOT = 'BUPRENORPHINE_DEPOT',
}
registerEnumType(SubstituteMedication, {
  name: 'SubstituteMedication',
  description: 'Opioid substitution: BUPRENORPHINE_DEPOT is the monthly injection.',
});

export enum RecoveryMilestoneKind {
  ASSESSMENT_COMPLETED = 'ASSESSMENT_COMPLETED',
  STABLE_ON_PRESCRIPTION = 'STABLE_ON_PRESCRIPTION',
  DETOX_COMPLETED = 'DETOX_COMPLETED',
  ABSTINENT_FROM_PRIMARY_SUBSTANCE = 'ABSTINENT_FROM_PRIMARY_SUBSTANCE',
  MUTUAL_AID_JOINED = 'MUTUAL_AID_JOINED',
  TREATMENT_COMPLETED = 'TREATMENT_COMPLETED',
  PEER_MENTOR = 'PEER_MENTOR',
}
registerEnumType(RecoveryMilestoneKind, { name: 'RecoveryMilestoneKind', description: 'A step of recovery the person and their key worker agreed was reached.' });
