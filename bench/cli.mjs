// Command-line figures: `icd-claim-check --json` as a whole process (start, code-set load, read,
// parse, rules, output) on the 100,000-claim batch, and on a 1 GB batch for constant memory.
import { existsSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { writeBatch } from './generate837.mjs';
import { mbPerSecond, repeat, rootDir, runNode } from './stats.mjs';

const cliBin = path.join(rootDir, 'bin', 'icd-claim-check.js');

/** Whether the CLI is built (bin/icd-claim-check.js loads server/out/cli.js). */
export function cliAvailable() {
  return existsSync(cliBin) && existsSync(path.join(rootDir, 'server', 'out', 'cli.js'));
}

/** Counts the findings in the CLI's --json output without keeping them (the output may be large). */
function countFindings(stdout) {
  try {
    const findings = JSON.parse(stdout);
    return Array.isArray(findings) ? findings.length : undefined;
  } catch {
    return undefined;
  }
}

/** Runs the CLI once on `file`; exit codes 0 and 1 are success (1 = error-severity findings). */
async function runCli(file, { keepOutput = true } = {}) {
  const result = await runNode([cliBin, '--json', file], { captureStdout: keepOutput, timeoutMs: 600_000 });
  if (result.code !== 0 && result.code !== 1) {
    throw new Error(`icd-claim-check exited with ${result.code ?? result.signal}: ${result.stderr.slice(-1500)}`);
  }
  return result;
}

/** (a) whole process on the 100,000-claim batch, median of `runs` after a warm-up. */
export async function measureCliBatch(file, runs) {
  const bytes = statSync(file).size;
  let findings;
  let peakRssMb = 0;
  const timing = await repeat(async () => {
    const result = await runCli(file);
    findings = countFindings(result.stdout);
    peakRssMb = Math.max(peakRssMb, result.peakRssMb);
    return result.wallMs;
  }, { warmup: 1, runs });
  return { wallMs: timing, mbPerSecond: mbPerSecond(bytes, timing.median), findings, peakRssMb, bytes };
}

/**
 * (h) a batch of about `targetBytes` generated into a temporary file (transactions replayed so the
 * generator runs at disk speed), checked once; the file is deleted afterwards.
 */
export async function measureCliHuge(tempDir, targetBytes) {
  const file = path.join(tempDir, 'batch-1gb.837');
  // About 370 bytes per claim in the single-line layout; a 5,000-claim transaction is about 1.85 MB.
  const claims = Math.ceil(targetBytes / 370.5 / 5000) * 5000;
  try {
    const generatedStarted = performance.now();
    const stats = writeBatch(file, { claims, kind: 'mixed', layout: 'single', seed: 1837, distinctTransactions: 8 });
    const generateMs = performance.now() - generatedStarted;
    const bytes = statSync(file).size;
    const result = await runCli(file, { keepOutput: false });
    return { bytes, claims: stats.claims, generateMs, wallMs: result.wallMs, mbPerSecond: mbPerSecond(bytes, result.wallMs), peakRssMb: result.peakRssMb, exitCode: result.code };
  } finally {
    rmSync(file, { force: true });
  }
}
