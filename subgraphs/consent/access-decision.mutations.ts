import { Arg, Ctx, Directive, Mutation, Resolver } from 'type-graphql';
import { AccessDecision } from './access-decision.type';
import { decideAccess } from './access-decisions';
import { AccessQuestionInput } from './access-request.inputs';
import type { ConsentContext } from './consent.context';

@Resolver()
export class AccessDecisionMutations {
  @Directive('@inaccessible')
  @Mutation(() => [AccessDecision], {
    description: 'Asked by the subgraphs with their service credential (never through the gateway, never with a user token alone): may this caller read these fields? Logs every answer.',
  })
  decideAccess(@Arg('input') input: AccessQuestionInput, @Ctx() context: ConsentContext) {
    const { db, auditRecorder, caller, callingService, requestId, correlationId, breakGlassJustification } = context;
    // The rule `serviceOnly` guards this mutation; the check here keeps the type honest.
    if (!callingService) throw new Error('decideAccess needs a calling service');
    return decideAccess(db, auditRecorder, { caller, callingService, requestId, correlationId, breakGlassJustification }, input.requests);
  }
}
