import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { startSubgraphSet } from '../hub/start-subgraphs';
import { resolveTokenSettings } from '../hub/token-settings';
import { admitGeneratedTeams } from '../schema/agency-registry';
import { switchOffConsentEnforcementForBenchmark } from '../subgraphs/kit/consent-enforcement';
import { argument, serveAsBenchProcess, type ChildMessage, type ParentMessage } from './bench-processes';

/** All six subgraphs in one process over one dataset's databases; `--consent off` only for the comparison. */
void serveAsBenchProcess(async () => {
  if (argument('consent') === 'off') switchOffConsentEnforcementForBenchmark();
  admitGeneratedTeams(JSON.parse(argument('teams')));
  const { auth, serviceCredentialFor } = await resolveTokenSettings({ kind: 'local' }, argument('keys'));
  const databases = JSON.parse(argument('databases'));
  // One audit log per dataset: its checkpoints in a folder of its own beside the keys (by server too: --topology separate).
  const consentDatabase = new URL(databases.consent);
  const dataDir = path.join(argument('keys'), `audit-${consentDatabase.port}-${consentDatabase.pathname.slice(1)}`);
  fs.mkdirSync(dataDir, { recursive: true });
  const subgraphs = await startSubgraphSet({ host: '127.0.0.1', ports: {}, databases, dataDir, auth, serviceCredentialFor });
  process.on('message', (message: ParentMessage) => {
    if (message.type !== 'statements') return;
    const bySubgraph = Object.fromEntries(
      [...subgraphs].map(([name, subgraph]) => {
        const { count, reads } = subgraph.database.statements;
        subgraph.database.statements.reset();
        return [name, { count, reads }];
      }),
    );
    process.send!({ type: 'statements', bySubgraph } satisfies ChildMessage);
  });
  return Object.fromEntries([...subgraphs].map(([name, subgraph]) => [name, subgraph.url]));
});
