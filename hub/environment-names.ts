/** The environment variable for one setting of one service: `subgraphVariable('welfare-rights', 'PORT')` is `WELFARE_RIGHTS_PORT`. */
export const subgraphVariable = (service: string, setting: 'PORT' | 'URL' | 'DATABASE_URL' | 'SERVICE_CREDENTIAL') =>
  `${service.toUpperCase().replace(/-/g, '_')}_${setting}`;
