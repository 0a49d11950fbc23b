import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Guarded, NoPersonalData } from '../kit/consent-decorators';
import { StoryBarrierCode } from './story-barriers';

@ObjectType({ description: 'One barrier the person named; who may read it is set by the story section holding it.' })
export class StoryBarrier {
  @Field(() => StoryBarrierCode)
  code: StoryBarrierCode;

  @Field()
  title: string;

  @Field(() => String, { nullable: true, description: 'In the person\'s words; required for OTHER.' })
  note: string | null;
}

@ObjectType({ description: 'A barrier a front end can offer, and the consent category its section is shared under.' })
export class StoryBarrierOption {
  @Field(() => StoryBarrierCode)
  code: StoryBarrierCode;

  @Field()
  title: string;

  @Field({ description: 'The story field holding it: barriers, healthBarriers, criminalRecordBarriers or drugsAndAlcoholBarriers.' })
  section: string;

  @Field()
  category: string;

  @Field({ description: 'True for UK GDPR special categories (health, drugs and alcohol) and criminal-offence data.' })
  special: boolean;
}

/**
 * What every version of the story holds; `Story` (the current one) adds its history. Who recorded a
 * version, from which agency and when are part of the story (a version from prison resettlement
 * says where the person was): they need `story`, like the story itself.
 */
@ObjectType()
export abstract class StoryContent {
  @NoPersonalData()
  @Field(() => ID)
  personId: string;

  @Guarded('story')
  @Field(() => Int, { description: '1 for the story as first told, one more for every change.' })
  version: number;

  @Guarded('story')
  @Field(() => String, { nullable: true, description: 'The person\'s own account of their situation, in their words.' })
  ownAccount: string | null;

  @Guarded('story')
  @Field(() => [String])
  goals: string[];

  @Guarded('story')
  @Field(() => [String])
  strengths: string[];

  @Guarded('story')
  @Field(() => [StoryBarrier], { description: 'Barriers that are not special-category data.' })
  barriers: StoryBarrier[];

  @Guarded('health')
  @Field(() => [StoryBarrier], { description: 'Mental or physical health, disability, trauma.' })
  healthBarriers: StoryBarrier[];

  @Guarded('criminal-justice')
  @Field(() => [StoryBarrier])
  criminalRecordBarriers: StoryBarrier[];

  @Guarded('drugs-alcohol')
  @Field(() => [StoryBarrier])
  drugsAndAlcoholBarriers: StoryBarrier[];

  @Guarded('story')
  @Field({ description: 'Who recorded this version: a staff member\'s id, or the person\'s own id.' })
  recordedBy: string;

  @Guarded('story')
  @Field(() => String, { nullable: true, description: 'Their agency; null when the person recorded it themselves.' })
  recordedByAgency: string | null;

  @Guarded('story')
  @Field()
  recordedAt: Date;
}

@ObjectType({ description: 'One version of the person\'s story, as it stood after a change.' })
export class StoryVersion extends StoryContent {}

@ObjectType({ description: 'The person\'s story, told once and shared by consent, section by section.' })
export class Story extends StoryContent {}
