/**
 * CPU time a process has used (user + system, all its threads), from Linux's /proc/<pid>/stat. Per
 * request, it says how much work a server does for a question whatever else loads the machine: a
 * figure a busy 2-core machine cannot blur the way it blurs latency.
 */
import fs from 'node:fs';

/** /proc reports CPU time in clock ticks of USER_HZ, 100 per second on Linux whatever the kernel's own tick. */
const TICKS_PER_SECOND = 100;

/** Milliseconds of CPU the process has used so far; null where /proc cannot tell (not Linux, process gone). */
export function cpuMillisOf(pid: number): number | null {
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // The command name (field 2) is in parentheses and may hold spaces: the fields after it start at the state (field 3).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const [utime, stime] = [Number(fields[14 - 3]), Number(fields[15 - 3])];
  return Number.isFinite(utime) && Number.isFinite(stime) ? ((utime + stime) * 1000) / TICKS_PER_SECOND : null;
}
