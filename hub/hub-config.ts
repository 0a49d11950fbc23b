import { subgraphRegistry } from '../subgraphs/registry';
import { defaultDataDir } from './database-url';
import { subgraphVariable } from './environment-names';

/** How callers' tokens are checked: the hub's own key (embedded default) or an identity provider. */
export type TokenSource =
  | { kind: 'local' }
  | { kind: 'jwks'; jwksUrl: string; issuer: string; audience: string; serviceAudience: string };

export interface HubConfig {
  host: string;
  gatewayPort: number;
  /** Port of each subgraph by name; 0 picks a free one. */
  subgraphPorts: Record<string, number>;
  dataDir: string;
  tokens: TokenSource;
  /** Load the demo people and records into databases created by this start. */
  demoData: boolean;
}

export class ConfigError extends Error {}


function port(env: NodeJS.ProcessEnv, variable: string, fallback: number): number {
  const raw = env[variable];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new ConfigError(`${variable} must be a port number (0-65535), not "${raw}".`);
  }
  return value;
}

function tokenSource(env: NodeJS.ProcessEnv): TokenSource {
  const { JWKS_URL, TOKEN_ISSUER, TOKEN_AUDIENCE, SERVICE_TOKEN_AUDIENCE } = env;
  if (JWKS_URL) {
    if (!TOKEN_ISSUER || !TOKEN_AUDIENCE || !SERVICE_TOKEN_AUDIENCE) {
      throw new ConfigError(
        "JWKS_URL needs TOKEN_ISSUER, TOKEN_AUDIENCE and SERVICE_TOKEN_AUDIENCE: the identity provider's issuer, this hub's audience for people's tokens, and a different one for the services' own credentials.",
      );
    }
    if (SERVICE_TOKEN_AUDIENCE === TOKEN_AUDIENCE) {
      throw new ConfigError('SERVICE_TOKEN_AUDIENCE must differ from TOKEN_AUDIENCE, or a person\'s token could pass for a service.');
    }
    return { kind: 'jwks', jwksUrl: JWKS_URL, issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE, serviceAudience: SERVICE_TOKEN_AUDIENCE };
  }
  if (env.NODE_ENV === 'production') {
    throw new ConfigError(
      'NODE_ENV=production but no JWKS_URL: the hub will not run on its local demo signing key in production. ' +
        'Set JWKS_URL, TOKEN_ISSUER and TOKEN_AUDIENCE to your identity provider.',
    );
  }
  return { kind: 'local' };
}

/** The hub's whole configuration, from environment variables only, with defaults for the embedded hub. */
export function hubConfigFromEnv(env: NodeJS.ProcessEnv = process.env): HubConfig {
  return {
    host: env.HOST || '127.0.0.1',
    gatewayPort: port(env, 'GATEWAY_PORT', 4000),
    subgraphPorts: Object.fromEntries(
      subgraphRegistry.map(({ definition, defaultPort }) => [
        definition.name,
        port(env, subgraphVariable(definition.name, 'PORT'), defaultPort),
      ]),
    ),
    dataDir: defaultDataDir(),
    tokens: tokenSource(env),
    demoData: env.DEMO_DATA !== 'false',
  };
}
