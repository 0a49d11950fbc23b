import { loadAllEach, loadOneEach } from '../kit/loaders';
import type { PeopleDb } from './database';

export function createPeopleLoaders(db: PeopleDb) {
  return {
    personById: loadOneEach(
      (ids: string[]) => db.person.findMany({ where: { id: { in: ids } } }),
      (person) => person.id,
    ),
    currentStoryByPerson: loadOneEach(
      (personIds: string[]) => db.storyVersion.findMany({ where: { personId: { in: personIds }, current: true } }),
      (version) => version.personId,
    ),
    storyVersionsByPerson: loadAllEach(
      (personIds: string[]) => db.storyVersion.findMany({ where: { personId: { in: personIds } }, orderBy: { version: 'desc' } }),
      (version) => version.personId,
    ),
    referralsByPerson: loadAllEach(
      (personIds: string[]) => db.referral.findMany({ where: { personId: { in: personIds } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
      (referral) => referral.personId,
    ),
    linksByPerson: loadAllEach(
      (personIds: string[]) => db.agencyLink.findMany({ where: { personId: { in: personIds } }, orderBy: [{ linkedAt: 'desc' }, { id: 'asc' }] }),
      (link) => link.personId,
    ),
    referralHistory: loadAllEach(
      (referralIds: string[]) =>
        db.referralStatusChange.findMany({ where: { referralId: { in: referralIds } }, orderBy: [{ changedAt: 'asc' }, { id: 'asc' }] }),
      (change) => change.referralId,
    ),
  };
}

export type PeopleLoaders = ReturnType<typeof createPeopleLoaders>;
