/**
 * The categories of personal data the hub's consent rules are written in. A field's
 * `@consent(category: ...)` and every consent a person gives name these codes. Special
 * categories are those UK GDPR Article 9 (health, ...) or Article 10 (criminal offences) protect.
 * A new category needs the data-protection officer's sign-off (docs/PARTNERS.md): it is what people consent to.
 */
export interface DataCategory {
  code: string;
  title: string;
  description: string;
  special: boolean;
}

export const dataCategories = [
  { code: 'identity', title: 'Identity', description: 'Name, date of birth, national insurance number.', special: false },
  { code: 'contact', title: 'Contact details', description: 'Address, postcode, phone and email.', special: false },
  { code: 'story', title: 'Their story', description: "The person's own account of their situation, goals and strengths.", special: false },
  { code: 'social-care', title: 'Social care', description: 'Involvement with social-care teams, allocated workers, looked-after and care-leaver status.', special: false },
  { code: 'safeguarding', title: 'Safeguarding', description: 'Safeguarding concerns, risk levels and actions taken.', special: false },
  { code: 'health', title: 'Health', description: 'Physical and mental health, disability, trauma.', special: true },
  { code: 'drugs-alcohol', title: 'Drugs and alcohol', description: 'Drug and alcohol use, treatment and recovery (health data, asked for on its own).', special: true },
  { code: 'criminal-justice', title: 'Criminal justice', description: 'Offences, convictions, sentences, probation and fines.', special: true },
  { code: 'education', title: 'Education and training', description: 'Qualifications, courses, education, employment or training status, guidance.', special: false },
  { code: 'employment-history', title: 'Employment history', description: 'Past jobs and placements with employers.', special: false },
  { code: 'benefits', title: 'Benefits', description: 'Benefit awards and the household circumstances behind them.', special: false },
  { code: 'housing', title: 'Housing', description: 'Where the person lives or sleeps (street homeless, hostel, temporary, settled, at risk), tenancies, housing support and homelessness applications.', special: false },
  { code: 'finances', title: 'Finances and debt', description: 'Debts, arrears and financial-inclusion support.', special: false },
  { code: 'referral', title: 'Referrals', description: 'That the person was referred between agencies, why, what was shared and what became of it.', special: false },
  { code: 'action-plan', title: 'Action plan', description: 'Programme enrolments, keyworkers, goals, steps and activities.', special: false },
  { code: 'outcomes', title: 'Outcomes', description: 'Job starts, sustained work, training, volunteering and qualifications gained, and funding to reach them.', special: false },
] as const satisfies readonly DataCategory[];

export type DataCategoryCode = (typeof dataCategories)[number]['code'];

export const dataCategoryCodes: readonly string[] = dataCategories.map((category) => category.code);

export const dataCategory = (code: string): DataCategory | undefined => dataCategories.find((c) => c.code === code);
