import type { NextFunction, Request, Response } from 'express';
import type { Caller } from './caller';
import type { TokenVerifier } from './token-verifier';

export interface AuthenticatedLocals {
  caller: Caller;
  token: string;
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
      const locals: AuthenticatedLocals = { caller, token: match[1] };
      Object.assign(res.locals, locals);
      next();
    } catch (error) {
      refuse(res, `The bearer token was refused: ${(error as Error).message}`);
    }
  };
}

function refuse(res: Response, message: string) {
  res
    .status(401)
    .set('WWW-Authenticate', 'Bearer error="invalid_token"')
    .json({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] });
}
