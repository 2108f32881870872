// `npm run bench [-- --json] [-- --quick] [-- --runs N] [-- --skip a,b] [-- --only scaling] [-- --profile] [-- --write-readme]`
// Generates synthetic 837 batches, measures our CLI, service and server against their targets, and
// measures the peers (x12-parser 1.3.0 stream parse, node-x12 1.7.1 parse) and an indexOf floor in
// the same run. Prints a table, or one JSON object with --json. Temporary files are deleted.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { verifyCodeLists } from './codes.mjs';
import { generate837, writeBatch } from './generate837.mjs';
import { measureCliNdjson } from './fhir.mjs';
import { cliAvailable, measureCliBatch, measureCliHuge, measureRuleDense } from './cli.mjs';
import { buildServiceBundle, serviceSourcesAvailable } from './service.mjs';
import { measureBigDocument, measureStartup } from './server.mjs';
import { measureTyping, typingDocument } from './typing.mjs';
import { measureVsix } from './vsix.mjs';
import { buildFigures, renderTable, updateReadme } from './report.mjs';
import { profileRun, summarizeProfile } from './profile.mjs';
import { measureScaling, renderScaling } from './scaling.mjs';
import { measureNarrative } from './narrative.mjs';
import { benchDir, rootDir, runChildTask, summarize } from './stats.mjs';

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const at = argv.indexOf(`--${name}`);
  return at === -1 ? fallback : argv[at + 1];
};
const flags = {
  json: argv.includes('--json'),
  quick: argv.includes('--quick'),
  writeReadme: argv.includes('--write-readme'),
  profile: argv.includes('--profile'),
  runs: Number(option('runs', 3)),
  skip: new Set(String(option('skip', '')).split(',').filter(Boolean)),
  only: String(option('only', '')),
};

// `--only scaling`: just the scaling section (about a minute), without generating the batches.
if (flags.only === 'scaling') {
  await buildServiceBundle();
  const scaling = await measureScaling(flags.runs, (message) => process.stderr.write(`bench: ${message}\n`));
  process.stdout.write(flags.json ? `${JSON.stringify({ scaling })}\n` : `${renderScaling(scaling)}\n`);
  process.exit(0);
} else if (flags.only !== '') {
  process.stderr.write(`bench: --only takes 'scaling' (the other figures share their generated inputs)\n`);
  process.exit(2);
}
// Sizes: the issue's 100,000-claim batch (~37 MB one-line), a 20 MB document, a 1 GB batch.
const sizes = flags.quick
  ? { batchClaims: 10_000, documentClaims: 5_000, hugeBytes: 100e6, latencySamples: 100, edits: 5, typingClaims: 5_000, typedCodes: 3 }
  : { batchClaims: 100_000, documentClaims: 52_000, hugeBytes: 1e9, latencySamples: 300, edits: 10, typingClaims: 55_000, typedCodes: 12 };

const log = (message) => process.stderr.write(`bench: ${message}\n`);
const tempDir = mkdtempSync(path.join(os.tmpdir(), 'icd-bench-'));
const cleanup = () => rmSync(tempDir, { recursive: true, force: true });
process.on('exit', cleanup);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { cleanup(); process.exit(130); });

const results = { errors: {} };
/** Runs one measurement; a failure is recorded and reported, and the bench goes on. */
async function step(name, work) {
  if (flags.skip.has(name)) {
    results.errors[name] = 'skipped (--skip)';
    return undefined;
  }
  const started = performance.now();
  try {
    const value = await work();
    log(`${name} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return value;
  } catch (error) {
    results.errors[name] = String(error?.message ?? error).slice(0, 2000);
    log(`${name} FAILED: ${results.errors[name]}`);
    return undefined;
  }
}

const benchStarted = performance.now();
// `npm run bench -- --json` must finish within 10 minutes; 9.5 leaves a margin.
const budgetMs = 570_000;
results.loadAverageAtStart = os.loadavg();

// Inputs.
const codeCheck = verifyCodeLists(path.join(rootDir, 'data', 'icd10cm', '2027', 'icd10cm-codes-2027.derived.txt.gz'));
const batchFile = path.join(tempDir, 'batch-100k.837');
const batchStats = writeBatch(batchFile, { claims: sizes.batchClaims, kind: 'mixed', layout: 'single', seed: 837 });
const batchBytes = statSync(batchFile).size;
const linesFile = path.join(tempDir, 'batch-100k-lines.837');
writeBatch(linesFile, { claims: sizes.batchClaims, kind: 'mixed', layout: 'lines', seed: 837 });
const documentStats = {};
const documentText = [...generate837({ claims: sizes.documentClaims, kind: 'mixed', layout: 'lines', seed: 2020 }, documentStats)].join('');
const smallText = [...generate837({ claims: 5, kind: 'P', layout: 'lines', seed: 5 })].join('');
results.inputs = {
  codeCheck,
  batch: { bytes: batchBytes, layout: 'single line', ...batchStats },
  document: { bytes: documentText.length, layout: 'one segment per line', ...documentStats },
};
log(`generated ${(batchBytes / 1e6).toFixed(1)} MB batch (${batchStats.claims} claims) and ${(documentText.length / 1e6).toFixed(1)} MB document`);

// Peers and the indexOf floor, each in fresh processes.
results.x12Parser = await step('x12-parser', async () => {
  const reports = [];
  await runChildTask('x12-parser', [batchFile]);
  for (let i = 0; i < flags.runs; i++) reports.push(await runChildTask('x12-parser', [batchFile]));
  return { parseMs: summarize(reports.map((r) => r.ms)), wallMs: summarize(reports.map((r) => r.wallMs)), peakRssMb: Math.max(...reports.map((r) => r.peakRssMb)), segments: reports[0].segments, claims: reports[0].claims };
});
results.nodeX12 = await step('node-x12', async () => {
  const reports = [];
  const options = { nodeOptions: ['--max-old-space-size=12288'] };
  await runChildTask('node-x12', [batchFile], options);
  for (let i = 0; i < flags.runs; i++) reports.push(await runChildTask('node-x12', [batchFile], options));
  return { parseMs: summarize(reports.map((r) => r.ms)), wallMs: summarize(reports.map((r) => r.wallMs)), peakRssMb: Math.max(...reports.map((r) => r.peakRssMb)), transactions: reports[0].transactions, diagnostics: reports[0].diagnostics };
});
results.indexOf = await step('indexof', async () => {
  const report = await runChildTask('indexof', [batchFile, String(Math.max(5, flags.runs))]);
  return { terminatorsMs: summarize(report.terminators.samples), elementsMs: summarize(report.elements.samples), terminatorHits: report.terminators.hits, elementHits: report.elements.hits };
});

// Our service in process: parse + every rule, and the code-set index load.
const bundled = await step('service-bundle', async () => {
  if (!serviceSourcesAvailable()) throw new Error('server/src/service/index.ts or server/src/node/codeSetLoader.ts is not written yet');
  return buildServiceBundle();
});
if (bundled) {
  results.service = await step('service', async () => {
    const single = await runChildTask('service', [batchFile, String(flags.runs)]);
    const lines = await runChildTask('service', [linesFile, String(flags.runs)]);
    return { singleMs: summarize(single.samples), singleCpuMs: summarize(single.cpuSamples), singleParseMs: summarize(single.parseSamples), linesMs: summarize(lines.samples), diagnostics: single.diagnostics, peakRssMb: single.peakRssMb };
  });
  results.indexLoad = await step('index-load', async () => {
    const samples = [];
    await runChildTask('load-index', []);
    for (let i = 0; i < Math.max(5, flags.runs); i++) samples.push((await runChildTask('load-index', [])).ms);
    return { ms: summarize(samples) };
  });
}
rmSync(linesFile, { force: true });
// Growth exponents of the formerly quadratic input shapes (bench/scalingShapes.ts).
if (bundled) results.scaling = await step('scaling', () => measureScaling(flags.runs, log));

// The narrative reader on a ~100 kB clinical note and one 8 times as long (linear time).
results.narrative = await step('narrative', () => measureNarrative(Math.max(9, flags.runs)));

// The language server over JSON-RPC.
const serverBuilt = existsSync(path.join(rootDir, 'server', 'out', 'main.js'));
results.serverStartup = await step('server-startup', async () => {
  if (!serverBuilt) throw new Error('server/out/main.js is not built yet');
  return measureStartup(smallText, Math.max(5, flags.runs));
});
results.serverDocument = await step('server-document', async () => {
  if (!serverBuilt) throw new Error('server/out/main.js is not built yet');
  return measureBigDocument(documentText, { latencySamples: sizes.latencySamples, edits: sizes.edits });
});
// Typing a code keystroke by keystroke into a rule-dense 837 (about 20 MB; 2 MB with --quick).
results.typing = await step('server-typing', async () => {
  if (!serverBuilt) throw new Error('server/out/main.js is not built yet');
  return measureTyping(typingDocument(sizes.typingClaims, 0.45), { codes: sizes.typedCodes });
});
if (flags.profile && serverBuilt) {
  // The same session again under --cpu-prof (open, hovers, completions, edits), summarised.
  results.profiles = results.profiles ?? {};
  results.profiles.server = await step('profile-server', async () => {
    const dir = mkdtempSync(path.join(tempDir, 'server-profile-'));
    await measureBigDocument(documentText, { latencySamples: sizes.latencySamples, edits: sizes.edits, nodeOptions: ['--cpu-prof', `--cpu-prof-dir=${dir}`] });
    const profile = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
    if (!profile) throw new Error('the server wrote no CPU profile (it did not exit normally)');
    return summarizeProfile(path.join(dir, profile));
  });
}

// The command line: whole process on the batch, then the 1 GB batch for constant memory.
results.cliBatch = await step('cli-batch', async () => {
  if (!cliAvailable()) throw new Error('bin/icd-claim-check.js or server/out/cli.js is not built yet');
  return measureCliBatch(batchFile, flags.runs);
});
// Issue 16 (batch throughput): the claim-sparse batch again with --jobs 1, then a rule-dense batch
// of the same size with x12-parser measured on it in the same run (bench/cli.mjs).
results.cliBatchOneJob = await step('cli-batch-jobs-1', async () => {
  if (!cliAvailable()) throw new Error('bin/icd-claim-check.js or server/out/cli.js is not built yet');
  return measureCliBatch(batchFile, flags.runs, 1);
});
results.ruleDense = await step('cli-rule-dense', async () => {
  if (!cliAvailable()) throw new Error('bin/icd-claim-check.js or server/out/cli.js is not built yet');
  return measureRuleDense({ tempDir, claims: sizes.batchClaims, runs: flags.runs, serviceBundled: Boolean(bundled), runChildTask });
});
// End of the issue 16 block.
if (flags.profile) {
  // One extra run of each under --cpu-prof: the functions with the most self time.
  results.profiles = results.profiles ?? {};
  if (bundled) results.profiles.service = await step('profile-service', () => profileRun([path.join(benchDir, 'child.mjs'), 'service', batchFile, '2']));
  // --jobs 1: one thread, so the one profile covers the whole check (with workers each thread writes its own).
  if (cliAvailable()) results.profiles.cli = await step('profile-cli', () => profileRun([path.join(rootDir, 'bin', 'icd-claim-check.js'), '--json', '--jobs', '1', batchFile]));
}
rmSync(batchFile, { force: true });
// A clearinghouse-style file of ~50 MB interchanges, then the same size as one interchange. These
// runs get what is left of the 10-minute budget (keeping a minute for packaging); a slower run is
// stopped and reported with its memory and progress so far.
const remainingMs = () => budgetMs - (performance.now() - benchStarted) - 60_000;
results.cliHuge = await step('cli-1gb', async () => {
  if (!cliAvailable()) throw new Error('bin/icd-claim-check.js or server/out/cli.js is not built yet');
  return measureCliHuge(tempDir, sizes.hugeBytes, Math.max(1, Math.round(sizes.hugeBytes / 50e6)), Math.max(30_000, remainingMs() * 0.6));
});
results.cliHugeSingle = await step('cli-1gb-single', async () => {
  if (!cliAvailable()) throw new Error('bin/icd-claim-check.js or server/out/cli.js is not built yet');
  return measureCliHuge(tempDir, sizes.hugeBytes, 1, Math.max(30_000, remainingMs()));
});

// A FHIR bulk export streamed line by line (about 100 MB; 10 MB with --quick).
results.cliNdjson = await step('cli-ndjson', async () => {
  if (!cliAvailable()) throw new Error('bin/icd-claim-check.js or server/out/cli.js is not built yet');
  return measureCliNdjson(tempDir, flags.quick ? 10e6 : 100e6);
});

// The packaged extension.
results.vsix = await step('vsix', () => measureVsix());

results.durationSeconds = (performance.now() - benchStarted) / 1000;
results.loadAverageAtEnd = os.loadavg();
const report = buildFigures(results, { flags, sizes, batchBytes, documentBytes: documentText.length });
if (results.scaling) report.scaling = results.scaling;
mkdirSync(path.join(rootDir, 'bench-results'), { recursive: true });
writeFileSync(path.join(rootDir, 'bench-results', flags.quick ? 'quick.json' : 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
if (flags.writeReadme) updateReadme(report);
if (flags.json) process.stdout.write(`${JSON.stringify(report)}\n`);
else process.stdout.write(`${renderTable(report)}\n${results.scaling ? `\n${renderScaling(results.scaling)}\n` : ''}`);
