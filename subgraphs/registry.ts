import { careers } from './careers';
import { consent } from './consent';
import type { SubgraphDefinition } from './kit/subgraph-definition';
import { employability } from './employability';
import { people } from './people';
import { socialServices } from './social-services';
import { welfareRights } from './welfare-rights';
import { housing } from './housing';
import { drugAlcoholService } from './drug-alcohol-service';

/**
 * Every subgraph of the hub, with the port it listens on by default (`<NAME>_PORT` overrides).
 * A partner adding a subgraph adds its folder and one line here.
 */
export const subgraphRegistry: ReadonlyArray<{ definition: SubgraphDefinition; defaultPort: number }> = [
  { definition: people, defaultPort: 4001 },
  { definition: consent, defaultPort: 4002 },
  { definition: socialServices, defaultPort: 4003 },
  { definition: careers, defaultPort: 4004 },
  { definition: welfareRights, defaultPort: 4005 },
  { definition: employability, defaultPort: 4006 },
  { definition: housing, defaultPort: 4007 },
  { definition: drugAlcoholService, defaultPort: 4008 },
];
