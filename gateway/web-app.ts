import path from 'node:path';
import express, { type Express, type NextFunction, type Request, type Response, type Router } from 'express';

export interface WebAppOptions {
  /** The built screens (`npm run build:web` writes dist/web). */
  dir: string;
  /** Routes the screens need beside /graphql: the demo sign-in on the embedded default only. */
  signIn?: Router;
}

/** The screens load nothing from elsewhere and run no inline script: an injected script or a framing page gets nowhere. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

function securityHeaders(_req: Request, res: Response, next: NextFunction) {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  next();
}

/** Paths that belong to the hub's API, never to the screens' own routing. */
const API_PATHS = /^\/(graphql|metrics|health|ready|demo-sign-in)(\/|$)/;

/**
 * The screens at `/`: hashed assets cached for a year, and every other GET that asks for a page
 * answered with index.html, so /people/<id> can be bookmarked and reloaded.
 */
export function serveWebApp(app: Express, options: WebAppOptions): void {
  if (options.signIn) app.use(options.signIn);
  const index = path.join(options.dir, 'index.html');
  app.use(securityHeaders);
  app.use('/assets', express.static(path.join(options.dir, 'assets'), { immutable: true, maxAge: '365d', index: false, fallthrough: false }));
  app.get(/.*/, (req, res, next) => {
    if (API_PATHS.test(req.path) || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
