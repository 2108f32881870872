// Measurement tasks that run in a fresh child process, so each gets a clean heap and its own
// peak-memory figure. Usage: node bench/child.mjs <task> <args...>; prints one JSON line.
//   x12-parser FILE          stream-parse FILE with x12-parser 1.3.0 (ms from open to end)
//   node-x12 FILE            read and parse FILE with node-x12 1.7.1 X12Parser.parse
//   indexof FILE RUNS        scan FILE (read as a string first) for terminators and separators with indexOf
//   service FILE RUNS        parse + validate FILE in process with our language service (bench/out bundle);
//                            with BENCH_NO_FIXES=1 in the environment, validated as the command line does
//                            (no quick fixes built), to tell the editor's cost of fixes from the rest
//   load-index               load the bundled code-set index once
//   scaling SHAPE RUNS       parse + validate one scaling shape (bench/scalingShapes.ts) at n and 8n
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const now = () => Number(process.hrtime.bigint()) / 1e6;

function hwmMb() {
  const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
  return match ? Number(match[1]) / 1024 : undefined;
}

async function x12ParserStream(file) {
  const { X12parser } = await import('x12-parser');
  const started = now();
  let segments = 0;
  let claims = 0;
  await new Promise((resolve, reject) => {
    const parser = new X12parser();
    parser.on('error', reject);
    parser.on('data', (segment) => {
      segments++;
      if (segment.name === 'CLM') claims++;
    });
    parser.on('end', resolve);
    createReadStream(file).on('error', reject).pipe(parser);
  });
  return { ms: now() - started, bytes: statSync(file).size, segments, claims };
}

async function nodeX12Parse(file) {
  const { X12Parser } = require('node-x12');
  const started = now();
  const text = readFileSync(file, 'utf8');
  const parser = new X12Parser();
  const interchange = parser.parse(text);
  const ms = now() - started;
  let transactions = 0;
  for (const group of interchange.functionalGroups ?? []) transactions += group.transactions.length;
  return { ms, bytes: statSync(file).size, transactions, diagnostics: parser.diagnostics.length };
}

/**
 * The floor for any parser: scan the in-memory text with indexOf, once for the segment terminators
 * and once for the element separators (what a tokenizer must find at the very least).
 */
function indexOfScan(file, runs) {
  const text = readFileSync(file, 'utf8');
  const scan = (character) => {
    const samples = [];
    let hits = 0;
    for (let run = 0; run < runs + 1; run++) {
      const started = now();
      hits = 0;
      for (let at = text.indexOf(character); at !== -1; at = text.indexOf(character, at + 1)) hits++;
      if (run > 0) samples.push(now() - started);
    }
    return { samples, hits };
  };
  return { bytes: Buffer.byteLength(text), terminators: scan(text[105]), elements: scan(text[3]) };
}

/** Loads the service bundle built by bench/service.mjs. */
function loadServiceBundle() {
  return require(path.join(benchDir, 'out', 'service.cjs'));
}

/** The bundled index lives in server/data; the loader's own default is relative to its bundle. */
const dataDir = path.resolve(benchDir, '..', 'server', 'data');

/** A minimal TextSource over a string, with a line index built on demand (as TextDocument does). */
function textSource(uri, text) {
  let lineStarts;
  const starts = () => {
    if (!lineStarts) {
      lineStarts = [0];
      for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lineStarts.push(at + 1);
    }
    return lineStarts;
  };
  return {
    uri, version: 1, getText: () => text,
    // The service reads a document through a TextReader (server/src/service/document/textReader.ts).
    text: { length: text.length, charCodeAt: (offset) => text.charCodeAt(offset), slice: (start, end) => text.slice(start, end) },
    positionAt(offset) {
      const lines = starts();
      let low = 0;
      let high = lines.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (lines[middle] <= offset) low = middle; else high = middle - 1;
      }
      return { line: low, character: offset - lines[low] };
    },
    offsetAt(position) {
      const lines = starts();
      return (lines[position.line] ?? text.length) + position.character;
    },
  };
}

async function serviceParseAndValidate(file, runs) {
  const bundle = loadServiceBundle();
  const codeSets = await bundle.loadBundledCodeSets(dataDir);
  const service = bundle.createLanguageService({ codeSets });
  const text = readFileSync(file, 'utf8');
  const settings = { rules: {}, maxNumberOfProblems: Number.MAX_SAFE_INTEGER, ...(process.env.BENCH_NO_FIXES ? { quickFixes: false } : {}) };
  const samples = [];
  const parseSamples = [];
  const cpuSamples = [];
  let diagnostics = 0;
  for (let run = 0; run < runs + 1; run++) {
    // A new TextSource per run, so nothing cached by the document survives between runs.
    const document = textSource(`file:///bench/run-${run}.837`, text);
    const cpuBefore = process.cpuUsage();
    const started = now();
    const snapshot = service.analyze(document, 'x12-837');
    const parsedAt = now();
    diagnostics = service.doValidation(snapshot, settings).length;
    if (run > 0) {
      samples.push(now() - started);
      parseSamples.push(parsedAt - started);
      const cpu = process.cpuUsage(cpuBefore);
      cpuSamples.push((cpu.user + cpu.system) / 1000);
    }
  }
  return { samples, parseSamples, cpuSamples, bytes: Buffer.byteLength(text), diagnostics };
}

async function loadIndex() {
  const bundle = loadServiceBundle();
  const started = now();
  const codeSets = await bundle.loadBundledCodeSets(dataDir);
  return { ms: now() - started, loaded: Boolean(codeSets) };
}

/**
 * Parse + validate + one hover on text of a scaling shape: wall and CPU milliseconds. The exponent is
 * taken from CPU time, which a machine shared with other work inflates far less than wall time.
 */
function timeShape(service, shape, text, run) {
  const document = textSource(`file:///bench/scaling-${shape.id}-${run}`, text);
  const cpuBefore = process.cpuUsage();
  const started = now();
  const snapshot = service.analyze(document, shape.languageId);
  service.doValidation(snapshot, { rules: {}, maxNumberOfProblems: 1000 });
  service.doHover(snapshot, document.positionAt(text.length >> 1));
  const cpu = process.cpuUsage(cpuBefore);
  return { wall: now() - started, cpu: (cpu.user + cpu.system) / 1000 };
}

/**
 * One scaling shape at n and 8n: a warm-up at n, then `runs` timed runs at each size; the median of
 * each and the growth exponent log(t(8n) / t(n)) / log 8 (1 is linear, 2 quadratic).
 */
async function scalingShape(id, runs) {
  const bundle = loadServiceBundle();
  const codeSets = await bundle.loadBundledCodeSets(dataDir);
  const service = bundle.createLanguageService({ codeSets });
  const shape = bundle.scalingShapes.find((candidate) => candidate.id === id);
  if (!shape) throw new Error(`no scaling shape ${id}`);
  const codes = bundle.distinctBillableCodes(codeSets, 8 * shape.n);
  const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
  const small = shape.make(shape.n, codes);
  const large = shape.make(8 * shape.n, codes);
  timeShape(service, shape, small, 'warm-up');
  const smallRuns = [];
  const largeRuns = [];
  for (let run = 0; run < runs; run++) {
    smallRuns.push(timeShape(service, shape, small, run));
    largeRuns.push(timeShape(service, shape, large, run));
  }
  const msN = median(smallRuns.map((sample) => sample.cpu));
  const ms8n = median(largeRuns.map((sample) => sample.cpu));
  return {
    id, title: shape.title, unit: shape.unit, n: shape.n, msN, ms8n, exponent: Math.log(ms8n / msN) / Math.log(8),
    wallMsN: median(smallRuns.map((sample) => sample.wall)), wallMs8n: median(largeRuns.map((sample) => sample.wall)),
    bytesN: small.length, bytes8n: large.length,
  };
}

const tasks = {
  'x12-parser': ([file]) => x12ParserStream(file),
  'node-x12': ([file]) => nodeX12Parse(file),
  indexof: ([file, runs]) => indexOfScan(file, Number(runs ?? 5)),
  service: ([file, runs]) => serviceParseAndValidate(file, Number(runs ?? 5)),
  'load-index': () => loadIndex(),
  scaling: ([id, runs]) => scalingShape(id, Number(runs ?? 3)),
};

const [task, ...args] = process.argv.slice(2);
if (!tasks[task]) {
  process.stderr.write(`unknown task ${task}; one of ${Object.keys(tasks).join(', ')}\n`);
  process.exit(2);
}
const report = await tasks[task](args);
process.stdout.write(`${JSON.stringify({ task, ...report, hwmMb: hwmMb() })}\n`);
