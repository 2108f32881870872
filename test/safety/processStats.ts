import { readFileSync } from 'node:fs';

/** The resident set size of a process, from /proc/<pid>/status (kilobytes; Linux only). */
export function rssKb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
}
