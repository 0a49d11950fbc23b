/** schema/agency-registry.ts reads NODE_ENV in a function the screens never call. */
declare const process: { env: Record<string, string | undefined> };
