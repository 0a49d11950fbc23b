import { registerEnumType } from 'type-graphql';
import type { DataCategoryCode } from '../../schema/data-categories';

/** The barriers to work a front end can offer, from the programmes' own assessment forms. */
export enum StoryBarrierCode {
  SELF_BELIEF_AND_CONFIDENCE = 'SELF_BELIEF_AND_CONFIDENCE',
  LONG_TERM_UNEMPLOYMENT = 'LONG_TERM_UNEMPLOYMENT',
  ACCOMMODATION_OR_HOMELESSNESS = 'ACCOMMODATION_OR_HOMELESSNESS',
  FAMILY_AND_SOCIAL_TIES = 'FAMILY_AND_SOCIAL_TIES',
  SKILLS = 'SKILLS',
  LACK_OF_SUITABLE_TRAINING = 'LACK_OF_SUITABLE_TRAINING',
  SOCIAL_ISOLATION = 'SOCIAL_ISOLATION',
  CHILDCARE = 'CHILDCARE',
  TRANSPORT = 'TRANSPORT',
  DEBT = 'DEBT',
  MENTAL_HEALTH = 'MENTAL_HEALTH',
  PHYSICAL_HEALTH_OR_DISABILITY = 'PHYSICAL_HEALTH_OR_DISABILITY',
  TRAUMA = 'TRAUMA',
  DISCLOSURE_OF_A_CRIMINAL_RECORD = 'DISCLOSURE_OF_A_CRIMINAL_RECORD',
  DRUGS_OR_ALCOHOL = 'DRUGS_OR_ALCOHOL',
  OTHER = 'OTHER',
}
registerEnumType(StoryBarrierCode, {
  name: 'StoryBarrierCode',
  description: 'A barrier to work from the controlled list; OTHER needs a note saying what it is.',
});

/**
 * The story's barrier sections. Each is its own field in the graph, because a field carries one
 * consent category: a person may share their housing barriers with an agency but not their health.
 */
export const barrierSections = {
  barriers: 'story',
  healthBarriers: 'health',
  criminalRecordBarriers: 'criminal-justice',
  drugsAndAlcoholBarriers: 'drugs-alcohol',
} as const satisfies Record<string, DataCategoryCode>;

export type BarrierSection = keyof typeof barrierSections;
export const barrierSectionNames = Object.keys(barrierSections) as BarrierSection[];

interface BarrierOptionEntry {
  title: string;
  section: BarrierSection;
}

export const barrierCatalogue: Record<StoryBarrierCode, BarrierOptionEntry> = {
  SELF_BELIEF_AND_CONFIDENCE: { title: 'Self-belief and confidence', section: 'barriers' },
  LONG_TERM_UNEMPLOYMENT: { title: 'Long-term unemployment', section: 'barriers' },
  ACCOMMODATION_OR_HOMELESSNESS: { title: 'Accommodation or homelessness', section: 'barriers' },
  FAMILY_AND_SOCIAL_TIES: { title: 'Family and social ties', section: 'barriers' },
  SKILLS: { title: 'Skills', section: 'barriers' },
  LACK_OF_SUITABLE_TRAINING: { title: 'Lack of suitable training', section: 'barriers' },
  SOCIAL_ISOLATION: { title: 'Social isolation', section: 'barriers' },
  CHILDCARE: { title: 'Childcare', section: 'barriers' },
  TRANSPORT: { title: 'Transport', section: 'barriers' },
  DEBT: { title: 'Debt', section: 'barriers' },
  OTHER: { title: 'Something else (say what)', section: 'barriers' },
  MENTAL_HEALTH: { title: 'Mental health', section: 'healthBarriers' },
  PHYSICAL_HEALTH_OR_DISABILITY: { title: 'Physical health or disability', section: 'healthBarriers' },
  // Trauma is kept with health: what it discloses is as sensitive as a diagnosis.
  TRAUMA: { title: 'Trauma', section: 'healthBarriers' },
  DISCLOSURE_OF_A_CRIMINAL_RECORD: { title: 'Disclosure of a criminal record', section: 'criminalRecordBarriers' },
  DRUGS_OR_ALCOHOL: { title: 'Drugs or alcohol', section: 'drugsAndAlcoholBarriers' },
};

export const sectionOf = (code: StoryBarrierCode): BarrierSection => barrierCatalogue[code].section;
