import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

let ticksPerSecond: number | undefined;
const clockTicks = () => (ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100);

/** Fields after the command name of /proc/<pid>/stat (the name may hold spaces and brackets). */
function statFields(pid: number | string): string[] | null {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return text.slice(text.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null; // gone since it was listed
  }
}

/**
 * CPU time (user + system) of one PostgreSQL server in microseconds: its postmaster, every live
 * backend and background process, and those already exited (counted into the postmaster's
 * children's time when it reaped them). Linux only (/proc); null elsewhere. A benchmark side runs
 * alone on the server during its round, so the difference over a round is that side's.
 *
 * Written here rather than taken from a library: pidusage and the like report live processes only,
 * and miss the backends that exited during the round.
 */
export function postgresCpuMicros(databaseDir: string): number | null {
  let postmaster: number;
  try {
    postmaster = Number(fs.readFileSync(path.join(databaseDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return null;
  }
  const own = statFields(postmaster);
  if (!own) return null;
  // Fields 14-17 of stat (utime, stime, cutime, cstime) are at 11-14 once pid and name are cut off; ppid is 1.
  let ticks = Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]);
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === postmaster) continue;
    const fields = statFields(entry);
    if (fields && Number(fields[1]) === postmaster) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return (ticks / clockTicks()) * 1e6;
}
