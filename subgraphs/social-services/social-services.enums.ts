import { registerEnumType } from 'type-graphql';

export enum SocialCareStatus {
  NONE = 'NONE',
  LOOKED_AFTER = 'LOOKED_AFTER',
  CARE_LEAVER = 'CARE_LEAVER',
  FORMER_LOOKED_AFTER = 'FORMER_LOOKED_AFTER',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(SocialCareStatus, {
  name: 'SocialCareStatus',
  description: 'Whether the person is or was looked after by the council (in care).',
  valuesConfig: {
    NONE: { description: 'Never looked after.' },
    LOOKED_AFTER: { description: 'In the care of the council now.' },
    CARE_LEAVER: { description: 'Was looked after and is entitled to leaving-care support (usually to age 25).' },
    FORMER_LOOKED_AFTER: { description: 'Was looked after but is past, or not entitled to, leaving-care support.' },
    UNKNOWN: { description: 'Not yet recorded.' },
  },
});

export enum SocialCareTeam {
  LEAVING_CARE = 'LEAVING_CARE',
  MENTAL_HEALTH = 'MENTAL_HEALTH',
  LEARNING_DISABILITY = 'LEARNING_DISABILITY',
  SUPPORTING_CHILDREN = 'SUPPORTING_CHILDREN',
}
registerEnumType(SocialCareTeam, { name: 'SocialCareTeam', description: 'A social services team that works with people.' });

export enum SafeguardingRiskLevel {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
}
registerEnumType(SafeguardingRiskLevel, { name: 'SafeguardingRiskLevel' });
