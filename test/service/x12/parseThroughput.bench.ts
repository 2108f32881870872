import { readFileSync } from 'node:fs';
import { parseDocument } from '../../../server/src/service/parse';
import type { X12Document } from '../../../server/src/service/x12/x12Model';

/**
 * Parse throughput on a large 837 (not a mocha test). Generate a batch, bundle this file and run it:
 *
 *   node bench/generate837.mjs --claims 100000 --kind mixed --layout single --out /tmp/big.837
 *   npx esbuild test/service/x12/parseThroughput.bench.ts --bundle --platform=node --outfile=/tmp/parse-bench.js
 *   node /tmp/parse-bench.js /tmp/big.837
 *
 * It prints the best of seven runs for: the parse alone (scan, envelopes, claim ranges), the parse plus
 * building every claim one at a time (`buildEncounter`, what a streaming validator does) and the parse
 * plus `encounters` (all claims built and kept). A bare `indexOf` scan of the terminator is the yardstick.
 */

const path = process.argv[2];
if (path === undefined) {
  console.error('usage: node parse-bench.js FILE.837');
  process.exit(2);
}
const text = readFileSync(path, 'utf8');
const megabytes = text.length / 1e6;
const rate = (milliseconds: number): string => `${milliseconds.toFixed(0)} ms = ${(megabytes / milliseconds * 1000).toFixed(0)} MB/s`;

const best = { scan: Infinity, parse: Infinity, streaming: Infinity, kept: Infinity };
let claims = 0;
let diagnoses = 0;
for (let run = 0; run < 7; run++) {
  let started = performance.now();
  for (let at = text.indexOf('~'); at !== -1; at = text.indexOf('~', at + 1));
  best.scan = Math.min(best.scan, performance.now() - started);

  started = performance.now();
  const document = parseDocument(text, 'x12-837') as X12Document;
  best.parse = Math.min(best.parse, performance.now() - started);
  diagnoses = 0;
  for (let claim = 0; claim < document.claims.length; claim++) diagnoses += document.buildEncounter(claim).encounter.diagnoses.length;
  best.streaming = Math.min(best.streaming, performance.now() - started);
  claims = document.claims.length;

  started = performance.now();
  const kept = parseDocument(text, 'x12-837');
  if (kept.encounters.length !== claims) throw new Error('claim counts differ');
  best.kept = Math.min(best.kept, performance.now() - started);
}
console.log(`${megabytes.toFixed(1)} MB, ${claims} claims, ${diagnoses} diagnoses (best of 7)`);
console.log(`bare indexOf scan            ${rate(best.scan)}`);
console.log(`parseDocument                ${rate(best.parse)}`);
console.log(`+ buildEncounter per claim   ${rate(best.streaming)}`);
console.log(`+ all encounters kept        ${rate(best.kept)}`);
