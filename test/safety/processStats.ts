import { readFileSync } from 'node:fs';

/** The resident set size of a process, from /proc/<pid>/status (kilobytes; Linux only). */
export function rssKb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
}

/**
 * Linux counts a process's CPU time in /proc in ticks of 1/100 s: USER_HZ is part of the kernel's
 * interface to user space and is 100 on every architecture Node runs on.
 */
const TICKS_PER_SECOND = 100;

/** The CPU time (user and system, in milliseconds, to the nearest tick) a process has used, from /proc/<pid>/stat (Linux only). */
export function cpuMsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name in parentheses may hold spaces; utime and stime are the 12th and 13th fields after it.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}
