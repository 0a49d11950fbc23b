import { demoPeople, demoStaff } from '../prisma/demo-people';
import type { TokenClaims } from './tokens';

export interface DemoUser {
  /** What `npm run token -- --user <name>` takes. */
  name: string;
  describe: string;
  claims: TokenClaims;
}

/** Everyone the demo data knows who can sign in: the agencies' staff, and the people as clients. */
export const demoUsers: DemoUser[] = [
  ...Object.entries(demoStaff).map(([name, staff]) => ({
    name,
    describe: `${staff.name}, ${staff.job} (${staff.agency}, ${staff.role})`,
    claims: { sub: staff.subject, role: staff.role, agency: staff.agency },
  })),
  ...Object.entries(demoPeople).map(([name, person]) => ({
    name,
    describe: `${person.givenName} ${person.familyName}, client: ${person.story}`,
    claims: { sub: person.id, role: 'client' as const },
  })),
];

export function demoUser(name: string): DemoUser | undefined {
  return demoUsers.find((user) => user.name === name.toLowerCase());
}
