// Command-line figures: `icd-claim-check --json` as a whole process (start, code-set load, read,
// parse, rules, output) on the 100,000-claim batch, on a rule-dense batch of the same size (45 % of
// claims flagged, most of them twice or more), each with all cores (the default --jobs) and with
// --jobs 1, and on a 1 GB batch for constant memory.
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
async function runCli(file, { keepOutput = true, jobs } = {}) {
  const result = await runNode([cliBin, '--json', ...(jobs === undefined ? [] : ['--jobs', String(jobs)]), file], { captureStdout: keepOutput, timeoutMs: 600_000 });
  if (result.code !== 0 && result.code !== 1) {
    throw new Error(`icd-claim-check exited with ${result.code ?? result.signal}: ${result.stderr.slice(-1500)}`);
  }
  return result;
}

/** (a) whole process on the 100,000-claim batch, median of `runs` after a warm-up; `jobs` as --jobs (default: all cores). */
export async function measureCliBatch(file, runs, jobs) {
  const bytes = statSync(file).size;
  let findings;
  let peakRssMb = 0;
  const cpuMs = [];
  const timing = await repeat(async (_, warmup) => {
    const result = await runCli(file, { jobs });
    findings = countFindings(result.stdout);
    peakRssMb = Math.max(peakRssMb, result.peakRssMb);
    if (!warmup && result.cpuMs !== undefined) cpuMs.push(result.cpuMs);
    return result.wallMs;
  }, { warmup: 1, runs });
  return { wallMs: timing, cpuMs: cpuMs.length ? summarize(cpuMs) : undefined, mbPerSecond: mbPerSecond(bytes, timing.median), findings, peakRssMb, bytes, jobs: jobs ?? 'all cores' };
}

/**
 * (a′) the rule-dense batch: the same 100,000 claims' shape with 45 % of claims breaking a rule on
 * purpose (most of them two or three rules), measured against x12-parser on the same file in the same
 * run. Returns the batch's counts, x12-parser's stream parse, the CLI with all cores and with --jobs 1,
 * and our service in process on one core (parse + all rules) when the service bundle is built.
 */
export async function measureRuleDense({ tempDir, claims, runs, serviceBundled, runChildTask }) {
  const file = path.join(tempDir, 'batch-dense.837');
  try {
    const batch = writeBatch(file, { claims, kind: 'mixed', layout: 'single', seed: 837, violationShare: 0.45 });
    const bytes = statSync(file).size;
    const parses = [];
    await runChildTask('x12-parser', [file]);
    for (let i = 0; i < runs; i++) parses.push(await runChildTask('x12-parser', [file]));
    const x12Parser = { parseMs: summarize(parses.map((r) => r.ms)), wallMs: summarize(parses.map((r) => r.wallMs)) };
    const allCores = await measureCliBatch(file, runs);
    const oneJob = await measureCliBatch(file, runs, 1);
    let service;
    if (serviceBundled) {
      const report = await runChildTask('service', [file, String(runs)]);
      service = { ms: summarize(report.samples), cpuMs: summarize(report.cpuSamples), parseMs: summarize(report.parseSamples), diagnostics: report.diagnostics };
    }
    return { batch: { bytes, ...batch }, x12Parser, allCores, oneJob, service };
  } finally {
    rmSync(file, { force: true });
  }
}

/** Throughput in MB/s of a summary of milliseconds (the min from the slowest run). */
function rate(bytes, ms) {
  return ms && { median: mbPerSecond(bytes, ms.median), min: mbPerSecond(bytes, ms.max), max: mbPerSecond(bytes, ms.min), runs: ms.runs };
}

/** A ratio of two summaries of milliseconds to a peer's median. */
function ratio(ms, peerMs) {
  return ms && peerMs && { median: ms.median / peerMs, min: ms.min / peerMs, max: ms.max / peerMs, runs: ms.runs };
}

/**
 * The figures of the issue-16 targets, for bench/report.mjs: the rule-dense batch (whole process with
 * all cores ≤ 0.2 × x12-parser; in process on one core ≥ 150 MB/s), the claim-sparse batch with
 * --jobs 1 for comparison, and the 1 GB batch's throughput with all cores (≥ 150 MB/s).
 */
export function cliFigures(r, figure, error) {
  const dense = r.ruleDense;
  const denseX12 = dense?.x12Parser.parseMs.median;
  const sparseX12 = r.x12Parser?.parseMs.median;
  const describe = (run, peerMs) => run && `${Math.round(run.mbPerSecond)} MB/s, CPU time (all threads) ${run.cpuMs ? Math.round(run.cpuMs.median) : '?'} ms, ${peerMs ? (run.wallMs.median / peerMs).toFixed(2) : '?'} × x12-parser (${peerMs ? Math.round(peerMs) : '?'} ms), peak RSS ${Math.round(run.peakRssMb)} MB, ${run.findings ?? '?'} findings`;
  const denseLabel = dense ? `${dense.batch.claims.toLocaleString('en')}-claim rule-dense 837 (${(dense.batch.bytes / 1e6).toFixed(1)} MB, ${dense.batch.violations.toLocaleString('en')} claims flagged)` : 'rule-dense 837';
  const huge = r.cliHuge && !r.cliHuge.stoppedAfterMs && !r.cliHuge.refused ? r.cliHuge.mbPerSecond : undefined;
  return [
    figure('a′', `icd-claim-check --json, ${denseLabel}, whole process ÷ x12-parser`, '×', ratio(dense?.allCores.wallMs, denseX12), {
      limit: 0.2, target: '≤ 0.2 × x12-parser stream parse (same file, same run)', note: describe(dense?.allCores, denseX12), fallback: error('cli-rule-dense'),
    }),
    figure('a″', `icd-claim-check --json --jobs 1, ${denseLabel}, whole process ÷ x12-parser`, '×', ratio(dense?.oneJob.wallMs, denseX12), {
      note: describe(dense?.oneJob, denseX12), fallback: error('cli-rule-dense'),
    }),
    figure('a‴', 'icd-claim-check --json --jobs 1, claim-sparse batch, whole process ÷ x12-parser', '×', ratio(r.cliBatchOneJob?.wallMs, sparseX12), {
      note: describe(r.cliBatchOneJob, sparseX12), fallback: error('cli-batch-jobs-1'),
    }),
    figure('b‴', 'in-process parse + all rules, rule-dense batch (one line, one core), MB/s', 'MB/s', rate(dense?.batch.bytes, dense?.service?.ms), {
      limit: 150, atLeast: true, target: '≥ 150 MB/s',
      note: dense?.service && `CPU time ${Math.round(dense.service.cpuMs.median)} ms; parse alone ${Math.round(mbPerSecond(dense.batch.bytes, dense.service.parseMs.median))} MB/s; ${dense.service.diagnostics} diagnostics`,
      fallback: error('cli-rule-dense'),
    }),
    figure('h″', 'icd-claim-check --json on the 1 GB batch (interchanges of ~50 MB), all cores, MB/s', 'MB/s', huge, {
      limit: 150, atLeast: true, target: '≥ 150 MB/s', note: r.cliHuge?.stoppedAfterMs ? 'stopped before the end (see h); not a full run' : undefined, fallback: error('cli-1gb'),
    }),
  ];
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
