import 'reflect-metadata';
import { startSubgraphSet } from '../hub/start-subgraphs';
import { resolveTokenSettings } from '../hub/token-settings';
import { admitGeneratedTeams } from '../schema/agency-registry';
import { switchOffConsentEnforcementForBenchmark } from '../subgraphs/kit/consent-enforcement';
import { argument, serveAsBenchProcess, type ChildMessage, type ParentMessage } from './bench-processes';

/** All six subgraphs in one process over one data folder; `--consent off` only for the comparison. */
void serveAsBenchProcess(async () => {
  if (argument('consent') === 'off') switchOffConsentEnforcementForBenchmark();
  admitGeneratedTeams(JSON.parse(argument('teams')));
  const { auth, serviceCredentialFor } = await resolveTokenSettings({ kind: 'local' }, argument('keys'));
  const subgraphs = await startSubgraphSet({ host: '127.0.0.1', ports: {}, dataDir: argument('data'), auth, serviceCredentialFor });
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
