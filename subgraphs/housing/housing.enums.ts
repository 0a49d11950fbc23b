import { registerEnumType } from 'type-graphql';

export enum AccommodationStatus {
  STREET_HOMELESS = 'STREET_HOMELESS',
  HOSTEL = 'HOSTEL',
  TEMPORARY = 'TEMPORARY',
  SETTLED = 'SETTLED',
  AT_RISK = 'AT_RISK',
}
registerEnumType(AccommodationStatus, {
  name: 'AccommodationStatus',
  description: 'Where the person sleeps now: TEMPORARY is temporary accommodation the council placed them in; AT_RISK is housed but likely to lose it (notice served, leaving prison or care with nowhere to go).',
});

export enum TenancyKind {
  SOCIAL_RENT = 'SOCIAL_RENT',
  PRIVATE_RENT = 'PRIVATE_RENT',
  SUPPORTED_HOUSING = 'SUPPORTED_HOUSING',
  HOSTEL_LICENCE = 'HOSTEL_LICENCE',
  TEMPORARY_ACCOMMODATION = 'TEMPORARY_ACCOMMODATION',
}
registerEnumType(TenancyKind, { name: 'TenancyKind' });

export enum HousingSupport {
  NONE = 'NONE',
  FLOATING_SUPPORT = 'FLOATING_SUPPORT',
  SUPPORTED_HOUSING = 'SUPPORTED_HOUSING',
}
registerEnumType(HousingSupport, {
  name: 'HousingSupport',
  description: 'FLOATING_SUPPORT: a support worker visits the person in their own home to help keep the tenancy.',
});

export enum HomelessnessDuty {
  PREVENTION = 'PREVENTION',
  RELIEF = 'RELIEF',
  MAIN_DUTY = 'MAIN_DUTY',
}
registerEnumType(HomelessnessDuty, {
  name: 'HomelessnessDuty',
  description: 'The duty the council owes under the Housing Act 1996 Part 7 as amended: prevent homelessness, relieve it, or the main housing duty.',
});

export enum HomelessnessDecision {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  NO_PRIORITY_NEED = 'NO_PRIORITY_NEED',
  INTENTIONALLY_HOMELESS = 'INTENTIONALLY_HOMELESS',
  CLOSED_PREVENTED = 'CLOSED_PREVENTED',
}
registerEnumType(HomelessnessDecision, { name: 'HomelessnessDecision' });
