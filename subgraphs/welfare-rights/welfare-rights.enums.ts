import { registerEnumType } from 'type-graphql';

export enum WelfareHouseholdType {
  SINGLE = 'SINGLE',
  COUPLE = 'COUPLE',
  SINGLE_WITH_CHILDREN = 'SINGLE_WITH_CHILDREN',
  COUPLE_WITH_CHILDREN = 'COUPLE_WITH_CHILDREN',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(WelfareHouseholdType, {
  name: 'WelfareHouseholdType',
  description: 'The benefit unit the person claims as: what decides their rates and elements.',
});

export enum WelfareHousingTenure {
  SOCIAL_RENT = 'SOCIAL_RENT',
  PRIVATE_RENT = 'PRIVATE_RENT',
  OWNER = 'OWNER',
  TEMPORARY = 'TEMPORARY',
  NO_FIXED_ABODE = 'NO_FIXED_ABODE',
  WITH_FAMILY = 'WITH_FAMILY',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(WelfareHousingTenure, { name: 'WelfareHousingTenure', description: 'How the person is housed.' });

export enum WelfareBenefitType {
  UNIVERSAL_CREDIT = 'UNIVERSAL_CREDIT',
  PERSONAL_INDEPENDENCE_PAYMENT = 'PERSONAL_INDEPENDENCE_PAYMENT',
  EMPLOYMENT_SUPPORT_ALLOWANCE = 'EMPLOYMENT_SUPPORT_ALLOWANCE',
  CHILD_BENEFIT = 'CHILD_BENEFIT',
  CARERS_ALLOWANCE = 'CARERS_ALLOWANCE',
  HOUSING_BENEFIT = 'HOUSING_BENEFIT',
  COUNCIL_TAX_REDUCTION = 'COUNCIL_TAX_REDUCTION',
  PENSION_CREDIT = 'PENSION_CREDIT',
  OTHER = 'OTHER',
}
registerEnumType(WelfareBenefitType, { name: 'WelfareBenefitType' });

export enum WelfarePaymentPeriod {
  WEEKLY = 'WEEKLY',
  FORTNIGHTLY = 'FORTNIGHTLY',
  FOUR_WEEKLY = 'FOUR_WEEKLY',
  MONTHLY = 'MONTHLY',
}
registerEnumType(WelfarePaymentPeriod, { name: 'WelfarePaymentPeriod', description: 'How often an award is paid.' });

export enum DebtType {
  RENT_ARREARS = 'RENT_ARREARS',
  COUNCIL_TAX = 'COUNCIL_TAX',
  ENERGY = 'ENERGY',
  WATER = 'WATER',
  BENEFIT_OVERPAYMENT = 'BENEFIT_OVERPAYMENT',
  CONSUMER_CREDIT = 'CONSUMER_CREDIT',
  MAGISTRATES_FINE = 'MAGISTRATES_FINE',
  OTHER = 'OTHER',
}
registerEnumType(DebtType, { name: 'DebtType' });

export enum DebtPriority {
  PRIORITY = 'PRIORITY',
  NON_PRIORITY = 'NON_PRIORITY',
}
registerEnumType(DebtPriority, {
  name: 'DebtPriority',
  description: 'PRIORITY debts risk losing home, liberty or supply (arrears, council tax, fines, energy) and are paid first.',
});

export enum DebtStatus {
  OPEN = 'OPEN',
  REPAYMENT_PLAN = 'REPAYMENT_PLAN',
  WRITTEN_OFF = 'WRITTEN_OFF',
  CLEARED = 'CLEARED',
}
registerEnumType(DebtStatus, { name: 'DebtStatus' });

export enum FinancialSupportKind {
  BENEFIT_CHECK = 'BENEFIT_CHECK',
  BENEFIT_APPEAL = 'BENEFIT_APPEAL',
  GRANT_APPLICATION = 'GRANT_APPLICATION',
  DEBT_ADVICE = 'DEBT_ADVICE',
  BANK_ACCOUNT_OPENED = 'BANK_ACCOUNT_OPENED',
  FOOD_BANK_VOUCHER = 'FOOD_BANK_VOUCHER',
  FUEL_VOUCHER = 'FUEL_VOUCHER',
}
registerEnumType(FinancialSupportKind, { name: 'FinancialSupportKind', description: 'Financial-inclusion support given.' });

export enum LimitedCapabilityForWork {
  NONE = 'NONE',
  LCW = 'LCW',
  LCWRA = 'LCWRA',
}
registerEnumType(LimitedCapabilityForWork, {
  name: 'LimitedCapabilityForWork',
  description:
    "Found by a work capability assessment, for the claimant or either partner: LCW brings the work allowance; LCWRA (limited capability for work and work-related activity) also adds its element.",
});

export enum BetterOffScenario {
  NOW = 'NOW',
  IN_WORK = 'IN_WORK',
}
registerEnumType(BetterOffScenario, { name: 'BetterOffScenario', description: 'Out of work as now, or in the job considered.' });
