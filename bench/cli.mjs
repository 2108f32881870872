// Command-line figures: `icd-claim-check --json` as a whole process (start, code-set load, read,
// parse, rules, output) on the 100,000-claim batch, and on a 1 GB batch for constant memory.
import { existsSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { writeBatch } from './generate837.mjs';
import { mbPerSecond, repeat, rootDir, runNode, summarize } from './stats.mjs';

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
  const cpuMs = [];
  const timing = await repeat(async (_, warmup) => {
    const result = await runCli(file);
    findings = countFindings(result.stdout);
    peakRssMb = Math.max(peakRssMb, result.peakRssMb);
    if (!warmup && result.cpuMs !== undefined) cpuMs.push(result.cpuMs);
    return result.wallMs;
  }, { warmup: 1, runs });
  return { wallMs: timing, cpuMs: cpuMs.length ? summarize(cpuMs) : undefined, mbPerSecond: mbPerSecond(bytes, timing.median), findings, peakRssMb, bytes };
}

/**
 * (h) a batch of about `targetBytes` generated into a temporary file (transactions replayed so the
 * generator runs at disk speed), checked once; the file is deleted afterwards. `interchanges` = 1
 * makes it one interchange; more make a clearinghouse-style file of several ISA…IEA envelopes.
 * A run longer than `timeoutMs` is stopped; its peak memory and the bytes read so far are reported.
 */
export async function measureCliHuge(tempDir, targetBytes, interchanges, timeoutMs = 600_000) {
  const file = path.join(tempDir, `batch-huge-${interchanges}.837`);
  // About 370 bytes per claim in the single-line layout; a 5,000-claim transaction is about 1.85 MB.
  const claimsPerInterchange = Math.ceil(targetBytes / interchanges / 370.5 / 5000) * 5000;
  try {
    const generatedStarted = performance.now();
    const stats = writeBatch(file, { claims: claimsPerInterchange * interchanges, interchanges, kind: 'mixed', layout: 'single', seed: 1837, distinctTransactions: 8 });
    const generateMs = performance.now() - generatedStarted;
    const bytes = statSync(file).size;
    const result = await runNode([cliBin, '--json', file], { captureStdout: false, timeoutMs });
    if (result.timedOut) {
      // Stopped to keep the bench inside its time budget: report memory and progress so far.
      const readMb = result.readBytes / 1e6;
      return {
        bytes, claims: stats.claims, interchanges, generateMs, wallMs: result.wallMs, peakRssMb: result.peakRssMb, stoppedAfterMs: result.wallMs,
        readBytes: result.readBytes, mbPerSecond: readMb / (result.wallMs / 1000),
      };
    }
    const refused = result.code === 2 ? result.stderr.trim().split('\n').pop().slice(0, 300) : undefined;
    if (result.code !== 0 && result.code !== 1 && !refused) {
      throw new Error(`icd-claim-check exited with ${result.code ?? result.signal}: ${result.stderr.slice(-1500)}`);
    }
    return {
      bytes, claims: stats.claims, interchanges, generateMs, wallMs: result.wallMs, cpuMs: result.cpuMs, mbPerSecond: mbPerSecond(bytes, result.wallMs),
      peakRssMb: result.peakRssMb, exitCode: result.code, refused,
    };
  } finally {
    rmSync(file, { force: true });
  }
}
