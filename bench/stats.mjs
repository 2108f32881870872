// Statistics and measurement helpers shared by the bench modules: medians with min and max,
// percentiles, repeated timing with a warm-up, and child processes with their peak memory.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const benchDir = path.dirname(fileURLToPath(import.meta.url));
export const rootDir = path.resolve(benchDir, '..');
const hwmHook = path.join(benchDir, 'hwm-hook.cjs');

/** The value at quantile q (0–1) of a list of numbers, by the nearest-rank method. */
export function percentile(values, q) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank];
}

/** Median, min and max (and the number of samples) of a list of numbers. */
export function summarize(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
}

/** Rounds a number for display and JSON (three significant decimals for small values). */
export function round(value, digits = 2) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return value;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/**
 * Runs `measure` `warmup` times (discarded), then `runs` times; `measure` returns a number (or a
 * promise of one). Returns the summary of the kept runs and the raw samples.
 */
export async function repeat(measure, { warmup = 1, runs = 5 } = {}) {
  for (let i = 0; i < warmup; i++) await measure(i, true);
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(await measure(i, false));
  return { ...summarize(samples), samples };
}

/** Reads a field in kB (VmRSS, VmHWM) from /proc/<pid>/status; undefined once the process is gone. */
export function procStatusKb(pid, field) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** Bytes a process has read so far (rchar in /proc/<pid>/io), to report progress of a run that was stopped. */
export function procReadBytes(pid) {
  try {
    const match = /^rchar:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/io`, 'utf8'));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

let hookCounter = 0;

/**
 * Runs `node <args>` as a child process and resolves with its wall time (spawn to exit), exit
 * code, output and peak RSS. The peak comes from VmHWM, written by a `--require` hook when the
 * child exits; RSS is also sampled every `sampleMs` as a fallback (a process that is killed never
 * runs its exit hook), with the bytes it has read so far. After `timeoutMs` the child is killed
 * (`timedOut`). `input` (optional) is a function that receives the child's stdin.
 */
export function runNode(args, { nodeOptions = [], env = {}, input, timeoutMs = 600_000, sampleMs = 25, captureStdout = true, cwd = rootDir } = {}) {
  const hwmFile = path.join(tmpdir(), `icd-bench-hwm-${process.pid}-${hookCounter++}.txt`);
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [...nodeOptions, '--require', hwmHook, ...args], {
      cwd,
      env: { ...process.env, ...env, BENCH_HWM_FILE: hwmFile },
      stdio: [input ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    });
    const stdout = [];
    const stderr = [];
    let sampledPeakKb = 0;
    let readBytes = 0;
    const sampler = setInterval(() => {
      const rss = procStatusKb(child.pid, 'VmRSS');
      if (rss !== undefined && rss > sampledPeakKb) sampledPeakKb = rss;
      readBytes = procReadBytes(child.pid) ?? readBytes;
    }, sampleMs);
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeoutMs);
    child.stdout.on('data', (chunk) => { if (captureStdout) stdout.push(chunk); });
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    child.on('error', reject);
    if (input) input(child.stdin).catch(() => {});
    child.on('close', (code, signal) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      clearInterval(sampler);
      clearTimeout(timer);
      let hook = {};
      if (existsSync(hwmFile)) {
        try {
          hook = JSON.parse(readFileSync(hwmFile, 'utf8'));
        } catch {
          hook = {};
        }
        rmSync(hwmFile, { force: true });
      }
      const hookPeakKb = hook.hwmKb;
      resolve({
        wallMs, cpuMs: hook.cpuMs, code, signal, timedOut, readBytes,
        peakRssMb: (hookPeakKb ?? sampledPeakKb) / 1024,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      });
    });
  });
}

/** Runs a task of bench/child.mjs in a fresh process and returns its JSON report plus the process figures. */
export async function runChildTask(task, args, options = {}) {
  const result = await runNode([path.join(benchDir, 'child.mjs'), task, ...args], options);
  if (result.code !== 0) {
    throw new Error(`bench child ${task} failed (exit ${result.code ?? result.signal}): ${result.stderr.slice(-2000)}`);
  }
  const report = JSON.parse(result.stdout.trim().split('\n').pop());
  return { ...report, wallMs: result.wallMs, peakRssMb: result.peakRssMb };
}

/** Megabytes (10^6 bytes) per second. */
export function mbPerSecond(bytes, ms) {
  return bytes / 1e6 / (ms / 1000);
}
