import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { sendGraphQLError } from '../../platform/json-body';
import { SERVICE_CREDENTIAL_HEADER, type CallingService, type ServiceCredentialVerifier } from '../../platform/service-credentials';

export type ServiceLocals = { callingService: CallingService };

/**
 * A service-to-service route beside /graphql: a hub service's credential and nothing else. A person's
 * bearer token, whoever the person, is refused: these routes act for no caller.
 */
export function serviceOnlyRoute(verify: ServiceCredentialVerifier, allowed: (service: CallingService) => boolean, limit = '100kb'): express.RequestHandler[] {
  const authenticate = async (req: Request, res: Response, next: NextFunction) => {
    const credential = req.header(SERVICE_CREDENTIAL_HEADER);
    if (!credential || req.header('authorization')) {
      return sendGraphQLError(res, 401, 'UNAUTHENTICATED', `Only a hub service, with its own credential (${SERVICE_CREDENTIAL_HEADER}) and no person's token, may call this.`);
    }
    let service: CallingService;
    try {
      service = await verify(credential);
    } catch (error) {
      return sendGraphQLError(res, 401, 'UNAUTHENTICATED', `The service credential was refused: ${(error as Error).message}`);
    }
    if (!allowed(service)) return sendGraphQLError(res, 403, 'FORBIDDEN', `The ${service.name} service may not call this.`);
    (res.locals as ServiceLocals).callingService = service;
    next();
  };
  return [authenticate, express.json({ limit })];
}

/** What a subgraph definition adds beside its GraphQL endpoint (the consent subgraph: where shipped audit entries arrive). */
export type ServiceRoutes<Db> = (app: Router, served: { db: Db; verifyService: ServiceCredentialVerifier }) => void;
