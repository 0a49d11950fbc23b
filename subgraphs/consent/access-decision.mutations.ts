import { Arg, Ctx, Directive, Mutation, Resolver } from 'type-graphql';
import { AccessDecision } from './access-decision.type';
import { decideAccess } from './access-decisions';
import { AccessQuestionInput } from './access-request.inputs';
import type { ConsentContext } from './consent.context';

@Resolver()
export class AccessDecisionMutations {
  @Directive('@inaccessible')
  @Mutation(() => [AccessDecision], {
    description: 'Asked by the subgraphs (never through the gateway): may this caller read these fields? Logs every answer.',
  })
  decideAccess(@Arg('input') input: AccessQuestionInput, @Ctx() { db, caller }: ConsentContext) {
    return decideAccess(db, caller, input);
  }
}
