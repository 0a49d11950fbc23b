/** The person's page in plain words: short sentences, no jargon (reading age about 9 to 11). */
export const REASON_IN_PLAIN_WORDS: Record<string, string> = {
  OWN_RECORD: 'You looked at your own information.',
  DPO_NO_CASE_DATA: 'They were stopped. This person checks the rules, not your case.',
  OWNING_AGENCY: 'It is their own record about you.',
  HOLDING_AGENCY: 'They were sent a referral about you.',
  LINKED_AGENCY: 'They work with you, so they can see your name.',
  CONSENT: 'You said yes to sharing this with them.',
  BREAK_GLASS: 'They said it was urgent, to keep someone safe. Someone will check this.',
  NO_CONSENT: 'You have not said yes to sharing this with them.',
  NO_LINK: 'They do not work with you.',
};

export const ROLE_IN_PLAIN_WORDS: Record<string, string> = {
  adviser: 'an adviser',
  manager: 'a manager',
  dpo: 'the data protection officer',
  client: 'you',
};

/** What each kind of information means, in a few words. */
export const CATEGORY_IN_PLAIN_WORDS: Record<string, string> = {
  identity: 'your name and date of birth',
  contact: 'your address, phone and email',
  story: 'your story, in your own words',
  'social-care': 'help from social services',
  safeguarding: 'worries about your safety',
  health: 'your health',
  'drugs-alcohol': 'drugs and alcohol',
  'criminal-justice': 'your criminal record',
  education: 'school, courses and training',
  'employment-history': 'jobs you have done',
  benefits: 'your benefits',
  finances: 'money and debts',
  referral: 'when you were sent to another service',
  'action-plan': 'your plan and goals',
  outcomes: 'jobs and courses you started',
};

export const plainCategory = (code: string) => CATEGORY_IN_PLAIN_WORDS[code] ?? code;
