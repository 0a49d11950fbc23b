import 'reflect-metadata';
import { resolveTokenSettings } from '../hub/token-settings';
import { admitGeneratedTeams } from '../schema/agency-registry';
import { argument, serveAsBenchProcess } from './bench-processes';
import { startFloor } from './floor-single-view';
import { singleView } from './operations';

/** The floor (bench/floor-single-view.ts) in a process of its own, over one dataset's databases. */
void serveAsBenchProcess(async () => {
  admitGeneratedTeams(JSON.parse(argument('teams')));
  const { auth } = await resolveTokenSettings({ kind: 'local' }, argument('keys'));
  const floor = await startFloor({ databases: JSON.parse(argument('databases')), auth, query: singleView('').query });
  return { floor: floor.url };
});
