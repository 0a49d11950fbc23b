import type { Caller } from '../../platform/caller';
import type { StoryVersion as StoryVersionRow } from '../../prisma/people/client/client';
import type { PeopleDb } from './database';
import { barrierCatalogue, barrierSectionNames, barrierSections, type BarrierSection, sectionOf, type StoryBarrierCode } from './story-barriers';
import type { StoryInput } from './story.inputs';
import type { StoryContent } from './story.type';

interface StoredBarrier {
  code: StoryBarrierCode;
  note: string | null;
}

const textSections = { ownAccount: 'story', goals: 'story', strengths: 'story' } as const;

/** The consent category each section of a change needs. */
export const sectionCategories = { ...textSections, ...barrierSections };
export type StorySection = keyof typeof sectionCategories;

/** The sections a change replaces: those it sends (null replaces the own account with nothing). */
export function sectionsChanged(input: StoryInput): StorySection[] {
  return (Object.keys(sectionCategories) as StorySection[]).filter((section) =>
    section === 'ownAccount' ? input.ownAccount !== undefined : input[section] != null,
  );
}

export function toStoryContent(row: StoryVersionRow): StoryContent {
  const barriers = JSON.parse(row.barriers) as StoredBarrier[];
  const inSection = (section: BarrierSection) =>
    barriers
      .filter((barrier) => sectionOf(barrier.code) === section)
      .map((barrier) => ({ code: barrier.code, title: barrierCatalogue[barrier.code].title, note: barrier.note }));
  return {
    personId: row.personId,
    version: row.version,
    ownAccount: row.ownAccount,
    goals: JSON.parse(row.goals) as string[],
    strengths: JSON.parse(row.strengths) as string[],
    barriers: inSection('barriers'),
    healthBarriers: inSection('healthBarriers'),
    criminalRecordBarriers: inSection('criminalRecordBarriers'),
    drugsAndAlcoholBarriers: inSection('drugsAndAlcoholBarriers'),
    recordedBy: row.recordedBy,
    recordedByAgency: row.recordedByAgency,
    recordedAt: row.recordedAt,
  };
}

/**
 * Records a change as a new version holding the whole story: the sections sent replace the
 * current ones, the rest are carried over. Versions are never edited.
 */
export async function recordStoryVersion(db: PeopleDb, input: StoryInput, caller: Caller): Promise<StoryVersionRow> {
  return db.$transaction(async (tx) => {
    const current = await tx.storyVersion.findFirst({ where: { personId: input.personId, current: true } });
    const kept = current ? (JSON.parse(current.barriers) as StoredBarrier[]) : [];
    const barriers = barrierSectionNames.flatMap((section) =>
      input[section] != null
        ? input[section]!.map((barrier) => ({ code: barrier.code, note: barrier.note?.trim() || null }))
        : kept.filter((barrier) => sectionOf(barrier.code) === section),
    );
    const trimmed = (values: string[]) => values.map((value) => value.trim()).filter(Boolean);
    await tx.storyVersion.updateMany({ where: { personId: input.personId, current: true }, data: { current: false } });
    return tx.storyVersion.create({
      data: {
        personId: input.personId,
        version: (current?.version ?? 0) + 1,
        current: true,
        ownAccount: input.ownAccount !== undefined ? input.ownAccount?.trim() || null : (current?.ownAccount ?? null),
        goals: JSON.stringify(input.goals != null ? trimmed(input.goals) : current ? JSON.parse(current.goals) : []),
        strengths: JSON.stringify(input.strengths != null ? trimmed(input.strengths) : current ? JSON.parse(current.strengths) : []),
        barriers: JSON.stringify(barriers),
        recordedBy: caller.subject,
        recordedByAgency: caller.agency,
      },
    });
  });
}
