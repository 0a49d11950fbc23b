import type { NextFunction, Request, Response } from 'express';
import type { Caller } from './caller';
import { SERVICE_CREDENTIAL_HEADER, type CallingService, type ServiceCredentialVerifier } from './service-credentials';
import type { TokenVerifier } from './token-verifier';

export interface AuthenticatedLocals {
  caller: Caller;
  token: string;
  /** The hub service calling on the caller's behalf, when it sent a valid credential; null for a caller calling directly. */
  callingService: CallingService | null;
}

/**
 * Express middleware used by the gateway and by every subgraph: no valid bearer token, no
 * GraphQL. The answer is a 401 in GraphQL's error shape, so clients can treat it like any error.
 */
export function requireBearerToken(verify: TokenVerifier) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const header = req.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) return refuse(res, 'A bearer token is required (Authorization: Bearer <token>).');
    try {
      const caller = await verify(match[1]);
      Object.assign(res.locals, { caller, token: match[1], callingService: null } satisfies AuthenticatedLocals);
      next();
    } catch (error) {
      refuse(res, `The bearer token was refused: ${(error as Error).message}`);
    }
  };
}

/**
 * After `requireBearerToken` on a subgraph: a hub service calling for the caller sends its own
 * credential too. A credential that is sent but fails is refused outright, never taken as absent.
 */
export function acceptServiceCredential(verify: ServiceCredentialVerifier) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const credential = req.header(SERVICE_CREDENTIAL_HEADER);
    if (!credential) return next();
    try {
      (res.locals as AuthenticatedLocals).callingService = await verify(credential);
      next();
    } catch (error) {
      refuse(res, `The service credential was refused: ${(error as Error).message}`);
    }
  };
}

function refuse(res: Response, message: string) {
  res
    .status(401)
    .set('WWW-Authenticate', 'Bearer error="invalid_token"')
    .json({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] });
}
