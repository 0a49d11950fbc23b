import type { SubgraphNames } from './names';

/** A shared file the scaffold cannot edit safely (someone reshaped it): it refuses rather than guess. */
export class ScaffoldRefusal extends Error {}

function insertBefore(file: string, text: string, anchor: RegExp, addition: string): string {
  const match = anchor.exec(text);
  if (!match) throw new ScaffoldRefusal(`${file} no longer has the shape the scaffold edits (${anchor} not found): add the subgraph by hand, see docs/PARTNERS.md.`);
  return text.slice(0, match.index) + addition + text.slice(match.index);
}

/** The next free default port: one past the highest in the registry. */
export function nextPort(registry: string): number {
  const ports = [...registry.matchAll(/defaultPort:\s*(\d+)/g)].map((m) => Number(m[1]));
  if (ports.length === 0) throw new ScaffoldRefusal('subgraphs/registry.ts lists no defaultPort: add the subgraph by hand, see docs/PARTNERS.md.');
  return Math.max(...ports) + 1;
}

/** One import and one line in `subgraphs/registry.ts`. */
export function editRegistry(text: string, n: SubgraphNames, port: number): string {
  const lastImport = [...text.matchAll(/^import .*;\n/gm)].pop();
  if (!lastImport) throw new ScaffoldRefusal('subgraphs/registry.ts has no imports: add the subgraph by hand.');
  const at = lastImport.index! + lastImport[0].length;
  const withImport = `${text.slice(0, at)}import { ${n.camel} } from './${n.name}';\n${text.slice(at)}`;
  return insertBefore('subgraphs/registry.ts', withImport, /^\];\s*$/m, `  { definition: ${n.camel}, defaultPort: ${port} },\n`);
}

/** The agency, owning the new subgraph, in `schema/agency-registry.ts`. */
export function editAgencyRegistry(text: string, n: SubgraphNames, kind: string): string {
  const name = n.agencyName.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
  return insertBefore(
    'schema/agency-registry.ts',
    text,
    /^\] as const satisfies readonly Agency\[\];/m,
    `  { code: '${n.agency}', name: '${name}', kind: '${kind}', subgraph: '${n.name}' },\n`,
  );
}

/** Its container in `docker-compose.yml`: its own database, user, password and credential; the gateway finds it and waits for it. */
export function editDockerCompose(text: string, n: SubgraphNames, port: number): string {
  const C = n.constant;
  const database = n.name.replace(/-/g, '_');
  const file = 'docker-compose.yml';
  let out = text.replace(/^(\s+HUB_SUBGRAPHS: .*)$/m, (line) => `${line} ${n.name}`);
  if (out === text) throw new ScaffoldRefusal(`${file} has no HUB_SUBGRAPHS line in the postgres service: add the subgraph by hand.`);
  out = insertBefore(file, out, /^    volumes:\n      - postgres-data/m, `      ${C}_DB_PASSWORD: \${${C}_DB_PASSWORD:?set ${C}_DB_PASSWORD}\n`);
  out = insertBefore(
    file,
    out,
    /^  gateway:\n/m,
    `  ${n.name}:
    <<: *hub-service
    command: ['node', 'dist/hub/serve-service.js', '${n.name}']
    depends_on:
      postgres: { condition: service_healthy }
      consent: { condition: service_healthy }
    environment:
      <<: *hub-environment
      ${C}_PORT: '${port}'
      ${C}_DATABASE_URL: postgresql://${database}:\${${C}_DB_PASSWORD}@postgres:5432/${database}
      ${C}_SERVICE_CREDENTIAL: \${${C}_SERVICE_CREDENTIAL:?set ${C}_SERVICE_CREDENTIAL}
    healthcheck:
      test: ['CMD', 'node', '-e', "fetch('http://127.0.0.1:${port}/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
      interval: 5s
      timeout: 5s
      retries: 24

`,
  );
  out = insertBefore(file, out, /^      GATEWAY_SERVICE_CREDENTIAL:/m, `      ${C}_URL: http://${n.name}:${port}/graphql\n`);
  return insertBefore(file, out, /^\nvolumes:/m, `      ${n.name}: { condition: service_healthy }\n`);
}
