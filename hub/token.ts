import { parseArgs } from 'node:util';
import { ROLES, type Role } from '../platform/caller';
import { defaultDataDir } from './database-url';
import { demoUser, demoUsers } from './demo-users';
import { loadOrCreateLocalSigningKey } from './local-signing-key';
import { issueToken, type TokenClaims } from './tokens';

const USAGE = `Prints one bearer token signed with the embedded hub's local key.

  npm run --silent token -- --user dana                       a demo user (see the list below)
  npm run --silent token -- --role adviser --agency careers   the demo adviser of that agency, or a new subject
  npm run --silent token -- --role client --person darren     a client: a demo person's name or a person id
  options: --subject <id>  --expires <e.g. 12h, 30m>

Demo users:
${demoUsers.map((user) => `  ${user.name.padEnd(9)} ${user.describe}`).join('\n')}`;

class UsageError extends Error {}

function claimsFrom(values: { [option in 'user' | 'role' | 'agency' | 'person' | 'subject']?: string }): TokenClaims {
  if (values.user) {
    const user = demoUser(values.user);
    if (!user) throw new UsageError(`No demo user named "${values.user}".`);
    return user.claims;
  }
  const role = values.role as Role | undefined;
  if (!role || !ROLES.includes(role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')} (or give --user).`);
  if (role === 'client') {
    const person = values.person ?? values.subject;
    if (!person) throw new UsageError('A client token needs --person <demo name or person id>.');
    return { sub: demoUser(person)?.claims.sub ?? person, role };
  }
  if (!values.agency) throw new UsageError('A staff token needs --agency.');
  const known = demoUsers.find((user) => user.claims.role === role && user.claims.agency === values.agency);
  return { sub: values.subject ?? known?.claims.sub ?? `staff-${values.agency}-${role}`, role, agency: values.agency };
}

async function main() {
  const { values } = parseArgs({
    options: {
      user: { type: 'string' },
      role: { type: 'string' },
      agency: { type: 'string' },
      person: { type: 'string' },
      subject: { type: 'string' },
      expires: { type: 'string', default: '12h' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return console.log(USAGE);
  if (process.env.JWKS_URL) {
    throw new UsageError('JWKS_URL is set: the hub verifies tokens from your identity provider, not from this command.');
  }
  const key = await loadOrCreateLocalSigningKey(defaultDataDir());
  console.log(await issueToken(key, claimsFrom(values), values.expires));
}

main().catch((error) => {
  console.error(error instanceof UsageError || error instanceof TypeError ? `${error.message}\n\n${USAGE}` : error);
  process.exit(2);
});
