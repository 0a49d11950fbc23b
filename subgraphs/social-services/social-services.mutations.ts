import { GraphQLError } from 'graphql';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { SocialServicesContext } from './social-services.context';
import { SocialCareStatus } from './social-services.enums';
import {
  EndTeamInvolvementInput,
  SafeguardingNoteInput,
  SocialCareStatusInput,
  TeamInvolvementInput,
} from './social-services.inputs';
import { SafeguardingNote } from './safeguarding-note.type';
import { SocialCareRecord } from './social-care-record.type';
import { TeamInvolvement } from './team-involvement.type';
import type { SocialServicesDb } from './database';

type Transaction = Parameters<Parameters<SocialServicesDb['$transaction']>[0]>[0];

/** A detail added before any status was recorded opens the record, status UNKNOWN and unallocated. */
const openRecord = (tx: Transaction, personId: string, staff: string) =>
  tx.socialCareRecord.upsert({
    where: { personId },
    create: { personId, lookedAfterStatus: SocialCareStatus.UNKNOWN, updatedBy: staff },
    update: {},
  });

const badInput = (message: string, field: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });

@Resolver()
export class SocialServicesMutations {
  @Mutation(() => SocialCareRecord, {
    description: "Records the person's looked-after or care-leaver status and their allocated worker and team.",
  })
  recordSocialCareStatus(@Arg('input') input: SocialCareStatusInput, @Ctx() { db, caller }: SocialServicesContext) {
    const fields = {
      lookedAfterStatus: input.lookedAfterStatus,
      allocatedWorker: input.allocatedWorker ?? null,
      allocatedWorkerTeam: input.allocatedWorkerTeam ?? null,
    };
    return db.socialCareRecord.upsert({
      where: { personId: input.personId },
      create: { personId: input.personId, ...fields, updatedBy: caller.subject },
      update: { ...fields, updatedBy: caller.subject },
    });
  }

  @Mutation(() => TeamInvolvement, {
    description: "Starts a team's work with the person; its worker becomes the allocated worker if there is none.",
  })
  startTeamInvolvement(@Arg('input') input: TeamInvolvementInput, @Ctx() { db, caller }: SocialServicesContext) {
    const worker = input.worker ?? caller.subject;
    return db.$transaction(async (tx) => {
      await openRecord(tx, input.personId, caller.subject);
      await tx.socialCareRecord.updateMany({
        where: { personId: input.personId, allocatedWorker: null },
        data: { allocatedWorker: worker, allocatedWorkerTeam: input.team, updatedBy: caller.subject },
      });
      return tx.teamInvolvement.create({
        data: {
          personId: input.personId,
          team: input.team,
          worker,
          startedOn: input.startedOn,
          reason: input.reason,
          recordedBy: caller.subject,
        },
      });
    });
  }

  @Mutation(() => TeamInvolvement, {
    description: "Ends a team's involvement; the person is unallocated if its worker was their allocated worker.",
  })
  async endTeamInvolvement(@Arg('input') input: EndTeamInvolvementInput, @Ctx() { db, caller }: SocialServicesContext) {
    const involvement = await db.teamInvolvement.findUnique({ where: { id: input.involvementId } });
    if (!involvement) {
      throw new GraphQLError(`No team involvement with id ${input.involvementId}.`, {
        extensions: { code: 'NOT_FOUND', field: 'involvementId' },
      });
    }
    if (involvement.endedOn) throw badInput(`The involvement already ended on ${involvement.endedOn}.`, 'involvementId');
    if (input.endedOn < involvement.startedOn) throw badInput('endedOn is before the involvement started.', 'endedOn');
    return db.$transaction(async (tx) => {
      await tx.socialCareRecord.updateMany({
        where: { personId: involvement.personId, allocatedWorker: involvement.worker, allocatedWorkerTeam: involvement.team },
        data: { allocatedWorker: null, allocatedWorkerTeam: null, updatedBy: caller.subject },
      });
      return tx.teamInvolvement.update({ where: { id: involvement.id }, data: { endedOn: input.endedOn } });
    });
  }

  @Mutation(() => SafeguardingNote)
  addSafeguardingNote(@Arg('input') input: SafeguardingNoteInput, @Ctx() { db, caller }: SocialServicesContext) {
    return db.$transaction(async (tx) => {
      await openRecord(tx, input.personId, caller.subject);
      return tx.safeguardingNote.create({
        data: { ...input, actionTaken: input.actionTaken ?? null, recordedBy: caller.subject },
      });
    });
  }
}
