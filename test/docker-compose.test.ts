import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { databaseUrlVariable } from '../hub/database-url';
import { subgraphVariable } from '../hub/environment-names';
import { projectRoot } from '../hub/project-root';
import { subgraphRegistry } from '../subgraphs/registry';

interface ComposeService {
  command?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  volumes?: string[];
  deploy?: { replicas?: number };
  secrets?: string[];
}

const compose = parse(fs.readFileSync(path.join(projectRoot, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
  secrets: Record<string, { file: string }>;
};
const services = compose.services;
const hubServices = ['gateway', ...subgraphRegistry.map(({ definition }) => definition.name)];

describe('docker-compose.yml deploys what the registry and the separate-services test say', () => {
  test.each(subgraphRegistry.map(({ definition, defaultPort }) => [definition.name, defaultPort] as const))(
    'the %s subgraph runs alone on its own port, its own PostgreSQL database and its own credential, healthy only when /ready',
    (name, port) => {
      const service = services[name];
      expect(service).toBeDefined();
      expect(service.command).toEqual(['node', 'dist/hub/serve-service.js', name]);
      expect(service.environment?.[subgraphVariable(name, 'PORT')]).toBe(String(port));
      const database = service.environment?.[databaseUrlVariable(name)] ?? '';
      expect(database).toMatch(/^postgresql:\/\/[a-z_]+:\$\{[A-Z_]+_DB_PASSWORD\}@postgres:5432\/[a-z_]+$/);
      const credential = subgraphVariable(name, 'SERVICE_CREDENTIAL');
      expect(service.environment?.[credential]).toMatch(new RegExp(`^\\$\\{${credential}:\\?`));
      expect(service.healthcheck?.test.join(' ')).toContain(`http://127.0.0.1:${port}/ready`);
      expect(service.depends_on?.postgres).toEqual({ condition: 'service_healthy' });
    },
  );

  test('no two subgraphs share a database or a database user', () => {
    const databases = subgraphRegistry.map(({ definition }) => services[definition.name].environment![databaseUrlVariable(definition.name)]);
    const users = databases.map((url) => url.replace(/^postgresql:\/\/([^:]+):.*$/, '$1'));
    const names = databases.map((url) => url.replace(/^.*\//, ''));
    expect(new Set(users).size).toBe(databases.length);
    expect(new Set(names).size).toBe(databases.length);
    const created = services.postgres.environment!.HUB_SUBGRAPHS.split(' ');
    expect(created.sort()).toEqual(subgraphRegistry.map(({ definition }) => definition.name).sort());
  });

  test('the gateway finds every subgraph by URL and starts only once each is healthy', () => {
    const gateway = services.gateway;
    expect(gateway.command).toEqual(['node', 'dist/hub/serve-service.js', 'gateway']);
    for (const { definition, defaultPort } of subgraphRegistry) {
      expect(gateway.environment?.[subgraphVariable(definition.name, 'URL')]).toBe(`http://${definition.name}:${defaultPort}/graphql`);
      expect(gateway.depends_on?.[definition.name]).toEqual({ condition: 'service_healthy' });
    }
    expect(gateway.healthcheck?.test.join(' ')).toContain('/ready');
  });

  test('every service runs in production: tokens from the JWKS, no signing key and no shared volume', () => {
    for (const name of hubServices) {
      const { environment = {}, volumes } = services[name];
      expect({ name, NODE_ENV: environment.NODE_ENV }).toEqual({ name, NODE_ENV: 'production' });
      expect(environment.JWKS_URL).toMatch(/^\$\{JWKS_URL:\?/);
      expect(environment.TOKEN_ISSUER && environment.TOKEN_AUDIENCE && environment.SERVICE_TOKEN_AUDIENCE).toBeTruthy();
      // Its own credential, and no other service's.
      expect(Object.keys(environment).filter((key) => key.endsWith('_SERVICE_CREDENTIAL'))).toEqual([subgraphVariable(name, 'SERVICE_CREDENTIAL')]);
      expect({ name, volumes }).toEqual({ name, volumes: undefined });
      // No token-signing key anywhere; consent alone holds the audit log's checkpoint-only key, as a secret file.
      expect(Object.keys(environment).filter((key) => /KEY|DATA_DIR/.test(key))).toEqual(name === 'consent' ? ['AUDIT_CHECKPOINT_KEY_FILE'] : []);
    }
  });

  test("consent signs the audit log's checkpoints with a key of their own, given as a secret, into a database server of their own", () => {
    const { environment = {}, secrets } = services.consent;
    expect(secrets).toEqual(['audit-checkpoint-key']);
    expect(environment.AUDIT_CHECKPOINT_KEY_FILE).toBe('/run/secrets/audit-checkpoint-key');
    expect(compose.secrets['audit-checkpoint-key'].file).toMatch(/^\$\{AUDIT_CHECKPOINT_KEY_FILE:\?/);
    const checkpoints = new URL(environment.AUDIT_CHECKPOINT_DATABASE_URL.replace(/\$\{[A-Z_]+\}/, 'secret'));
    expect(checkpoints.hostname).toBe('audit-checkpoints');
    expect(checkpoints.hostname).not.toBe(new URL(environment.CONSENT_DATABASE_URL.replace(/\$\{[A-Z_]+\}/, 'secret')).hostname);
    expect(services['audit-checkpoints'].volumes).toContain('./deploy/create-checkpoint-store.sh:/docker-entrypoint-initdb.d/create-checkpoint-store.sh:ro');
    expect(services.consent.depends_on?.['audit-checkpoints']).toEqual({ condition: 'service_healthy' });
  });

  test('consent and the gateway run as two replicas, as the separate-services test does', () => {
    expect(services.consent.deploy?.replicas).toBe(2);
    expect(services.gateway.deploy?.replicas).toBe(2);
  });
});
