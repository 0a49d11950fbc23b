import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SocialServicesContext } from './social-services.context';
import { SafeguardingNote } from './safeguarding-note.type';
import { SocialCareRecord } from './social-care-record.type';
import { TeamInvolvement } from './team-involvement.type';
import { Guarded } from '../kit/consent-decorators';

@Resolver(() => SocialCareRecord)
export class SocialCareRecordResolver {
  @Guarded('social-care')
  @FieldResolver(() => [TeamInvolvement], { description: 'Current and past team involvement, newest first.' })
  involvements(@Root() record: SocialCareRecord, @Ctx() { loaders }: SocialServicesContext) {
    return loaders.involvementsByPerson.load(record.personId);
  }

  @Guarded('safeguarding')
  @FieldResolver(() => [SafeguardingNote], { description: 'Newest first.' })
  safeguardingNotes(@Root() record: SocialCareRecord, @Ctx() { loaders }: SocialServicesContext) {
    return loaders.safeguardingNotesByPerson.load(record.personId);
  }
}
