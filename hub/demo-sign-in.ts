import express, { type Request, type Response, type Router } from 'express';
import { isProduction } from '../platform/front-door';
import { demoUser, demoUsers } from './demo-users';
import type { LocalSigningKey } from './local-signing-key';
import { issueToken } from './tokens';

/** Long enough for a working day in the demo, short enough that a forgotten tab does not keep a token for ever. */
const DEMO_TOKEN_LIFETIME = '8h';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function refuse(res: Response, status: number, code: string, message: string) {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/** Only on this machine, and never in production: anyone who can reach it can be anyone. */
function refusedHere(req: Request, res: Response): boolean {
  if (isProduction()) {
    refuse(res, 403, 'DEMO_SIGN_IN_DISABLED', 'The demo sign-in does not run in production: sign in through your identity provider.');
    return true;
  }
  if (!LOOPBACK.has(req.socket.remoteAddress ?? '')) {
    refuse(res, 403, 'DEMO_SIGN_IN_DISABLED', 'The demo sign-in answers only on this machine (127.0.0.1).');
    return true;
  }
  return false;
}

/**
 * `GET /demo-sign-in` lists the demo users; `POST /demo-sign-in {"user":"dana"}` answers a token for
 * that user signed by the embedded hub's local key, as `npm run token` prints one. Mounted only when
 * the hub signs its own tokens (no identity provider), and refused in production and off loopback.
 */
export function demoSignInRoutes(signingKey: LocalSigningKey): Router {
  const router = express.Router();
  router.get('/demo-sign-in', (req, res) => {
    if (refusedHere(req, res)) return;
    res.json({
      users: demoUsers.map((user) => ({ name: user.name, describe: user.describe, role: user.claims.role, agency: user.claims.agency ?? null })),
    });
  });
  router.post('/demo-sign-in', express.json({ limit: 1024 }), async (req, res) => {
    if (refusedHere(req, res)) return;
    const name = (req.body as { user?: unknown } | undefined)?.user;
    const user = typeof name === 'string' ? demoUser(name) : undefined;
    if (!user) {
      refuse(res, 400, 'BAD_USER_INPUT', 'Choose one of the demo users (field "user").');
      return;
    }
    res.setHeader('Cache-Control', 'no-store');
    res.json({ token: await issueToken(signingKey, user.claims, DEMO_TOKEN_LIFETIME), user: { name: user.name, describe: user.describe } });
  });
  return router;
}
