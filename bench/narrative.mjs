// The narrative reader's speed: a clinical note of about 100 kB (the annotated corpus notes, repeated)
// and one eight times as long, read in process through an esbuild bundle of the reader; the scaling
// exponent log(t(8n)/t(n))/log(8) is 1 for linear time. Usage inside the bench: measureNarrative(runs);
// alone: node bench/narrative.mjs [runs] (prints one JSON line).
import { readFileSync, readdirSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchDir, rootDir, summarize } from './stats.mjs';

const require = createRequire(import.meta.url);
const bundleFile = path.join(benchDir, 'out', 'narrative.cjs');
const corpusDir = path.join(rootDir, 'test', 'narrative', 'corpus');
const now = () => Number(process.hrtime.bigint()) / 1e6;

async function buildBundle() {
  const { build } = await import('esbuild');
  mkdirSync(path.dirname(bundleFile), { recursive: true });
  const relative = (file) => `./${path.relative(benchDir, path.join(rootDir, file)).split(path.sep).join('/')}`;
  await build({
    stdin: {
      contents: [
        `export { readNarrative } from '${relative('server/src/service/narrative/reader.ts')}';`,
        `export { createNarrativeContext } from '${relative('server/src/service/narrative/context.ts')}';`,
        `export { loadBundledCodeSets } from '${relative('server/src/node/codeSetLoader.ts')}';`,
      ].join('\n'),
      resolveDir: benchDir, loader: 'ts', sourcefile: 'bench-narrative-entry.ts',
    },
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', minify: false, logLevel: 'warning', outfile: bundleFile,
  });
}

/** The corpus notes joined with blank lines and repeated until the text reaches `bytes`. */
function noteOfSize(bytes) {
  const notes = [];
  for (const set of ['dev', 'held-out']) {
    for (const name of readdirSync(path.join(corpusDir, set)).filter((file) => file.endsWith('.note')).sort()) {
      notes.push(readFileSync(path.join(corpusDir, set, name), 'utf8'));
    }
  }
  const corpus = notes.join('\n\n');
  let text = '';
  while (text.length < bytes) text += `${corpus}\n\n`;
  return text.slice(0, bytes);
}

export async function measureNarrative(runs = 9) {
  await buildBundle();
  const reader = require(bundleFile);
  // The reader runs over the Table of Neoplasms the built index carries, as in the editor.
  const codeSets = reader.loadBundledCodeSets(path.join(rootDir, 'server', 'data'));
  const context = reader.createNarrativeContext(codeSets.neoplasmTable(), codeSets);
  const measure = (text) => {
    const span = { offset: 0, length: text.length };
    let mentions = 0;
    for (let warm = 0; warm < 3; warm++) mentions = reader.readNarrative(text, span, context).mentions.length;
    const samples = [];
    const cpuSamples = [];
    for (let run = 0; run < runs; run++) {
      const started = now();
      const cpu = process.cpuUsage();
      reader.readNarrative(text, span, context);
      const used = process.cpuUsage(cpu);
      samples.push(now() - started);
      cpuSamples.push((used.user + used.system) / 1000);
    }
    return { bytes: text.length, mentions, ms: summarize(samples), cpuMs: summarize(cpuSamples) };
  };
  const small = measure(noteOfSize(100_000));
  const large = measure(noteOfSize(800_000));
  // Worst cases for the scopes: one endless sentence full of triggers and mentions.
  const worst = {};
  for (const unit of ['no liver mets ', 'metastatic to liver and bone and ']) {
    const n = measure(unit.repeat(Math.ceil(100_000 / unit.length)));
    const n8 = measure(unit.repeat(Math.ceil(800_000 / unit.length)));
    worst[unit.trim()] = { ms100k: n.ms.median, ms800k: n8.ms.median, exponent: Math.log(n8.ms.median / n.ms.median) / Math.log(8) };
  }
  return { small, large, exponent: Math.log(large.ms.median / small.ms.median) / Math.log(8), worst };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await measureNarrative(Number(process.argv[2] ?? 9));
  const brief = (part) => ({ bytes: part.bytes, mentions: part.mentions, ms: { ...part.ms, samples: undefined }, cpuMs: { ...part.cpuMs, samples: undefined } });
  process.stdout.write(`${JSON.stringify({ small: brief(result.small), large: brief(result.large), exponent: result.exponent, worst: result.worst })}\n`);
}
