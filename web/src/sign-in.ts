/**
 * The one place the screens get a bearer token. On the embedded default it comes from the hub's
 * demo sign-in (`/demo-sign-in`, local key, this machine only); in production this module is
 * swapped for the identity provider's sign-in (OpenID Connect) and nothing else changes.
 */
export type Role = 'adviser' | 'manager' | 'dpo' | 'client';

export interface Session {
  token: string;
  /** Who the token says is signed in: the demo user's description, and its claims. */
  describe: string;
  subject: string;
  role: Role;
  agency: string | null;
}

export interface DemoUserChoice {
  name: string;
  describe: string;
  role: Role;
  agency: string | null;
}

const KEY = 'one-story-hub.session';

function claimsOf(token: string): { sub: string; role: Role; agency?: string; exp?: number } {
  const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  return JSON.parse(atob(payload));
}

export function currentSession(): Session | null {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return null;
  const session = JSON.parse(raw) as Session;
  const { exp } = claimsOf(session.token);
  if (exp && exp * 1000 < Date.now()) {
    signOut();
    return null;
  }
  return session;
}

export async function demoUserChoices(): Promise<DemoUserChoice[]> {
  const response = await fetch('/demo-sign-in', { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(await refusal(response));
  return ((await response.json()) as { users: DemoUserChoice[] }).users;
}

export async function signIn(user: string): Promise<Session> {
  const response = await fetch('/demo-sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ user }),
  });
  if (!response.ok) throw new Error(await refusal(response));
  const { token, user: signedIn } = (await response.json()) as { token: string; user: { describe: string } };
  const claims = claimsOf(token);
  const session: Session = { token, describe: signedIn.describe, subject: claims.sub, role: claims.role, agency: claims.agency ?? null };
  sessionStorage.setItem(KEY, JSON.stringify(session));
  return session;
}

export function signOut(): void {
  sessionStorage.removeItem(KEY);
}

async function refusal(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { errors?: Array<{ message: string }> };
    return body.errors?.[0]?.message ?? `The sign-in answered ${response.status}.`;
  } catch {
    return `The sign-in answered ${response.status}.`;
  }
}
