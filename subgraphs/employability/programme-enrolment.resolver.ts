import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { EmployabilityContext } from './employability.context';
import { Programme } from './programme.type';
import { ProgrammeEnrolment } from './programme-enrolment.type';
import { Guarded } from '../kit/consent-decorators';

@Resolver(() => ProgrammeEnrolment)
export class ProgrammeEnrolmentResolver {
  @Guarded('action-plan')
  @FieldResolver(() => Programme)
  async programme(@Root() enrolment: ProgrammeEnrolment, @Ctx() { loaders }: EmployabilityContext) {
    const programme = await loaders.programmeById.load(enrolment.programmeId);
    // The foreign key keeps every enrolment's programme in the catalogue.
    if (!programme) throw new Error(`Enrolment ${enrolment.id} names a programme not in the catalogue.`);
    return programme;
  }
}
