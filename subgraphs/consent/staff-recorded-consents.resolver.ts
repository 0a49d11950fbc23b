import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import { PageArgs } from '../kit/page.args';
import type { ConsentContext } from './consent.context';
import { withCategories } from './consent-rows';
import { ConsentEvidence } from './consent.type';
import { StaffRecordedConsentPage } from './staff-recorded-consent.type';

/** The DPO's check on consents staff say people gave: by agency and by staff member. */
@Resolver()
export class StaffRecordedConsentsResolver {
  @Query(() => StaffRecordedConsentPage, { description: 'Consents recorded by staff rather than by the person, newest first.' })
  async consentsRecordedByStaff(
    @Ctx() { db }: ConsentContext,
    @Args() { limit, offset }: PageArgs,
    @Arg('agency', () => String, { nullable: true, description: 'The agency of the staff member who recorded them.' }) agency?: string | null,
    @Arg('recordedBy', () => String, { nullable: true, description: 'A staff id.' }) recordedBy?: string | null,
  ) {
    const where = { recordedByAgency: agency ?? { not: null }, ...(recordedBy ? { recordedBy } : {}) };
    const [rows, total] = await db.$transaction([
      db.consent.findMany({ where, include: withCategories, orderBy: [{ givenAt: 'desc' }, { id: 'asc' }], take: limit, skip: offset }),
      db.consent.count({ where }),
    ]);
    return {
      consents: rows.map((row) => ({
        ...row,
        person: row.personId,
        recordedByAgency: row.recordedByAgency!,
        evidence: row.evidence as ConsentEvidence,
        categories: row.categories.map((category) => category.category),
      })),
      total,
    };
  }
}
