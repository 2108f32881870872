// Checks that the official release files stored in data/icd10cm are the files their READMEs describe:
// for every year folder's manifest.json, each file is unpacked (gzip), its size and sha256 are
// compared with the manifest, the counts the README claims are recounted, and the README must state
// the same sha256. Files the manifest does not list (besides README.md and manifest.json) fail too,
// so nothing enters data/ untraced.
// Usage: node scripts/verifyData.mjs [FOLDER]   (npm run data:verify; FOLDER defaults to data/icd10cm)
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Counts of lines (as `wc -l` counts them: newline characters) or of regular-expression matches. */
function recount(text, count) {
  if (count.lines) return (text.match(/\n/g) ?? []).length;
  return (text.match(new RegExp(count.pattern, 'gm')) ?? []).length;
}

/** Checks one year folder against its manifest; returns the lines to print and the failures. */
function verifyFolder(folder) {
  const failures = [];
  const lines = [];
  const manifest = JSON.parse(readFileSync(path.join(folder, 'manifest.json'), 'utf8'));
  const readmeFile = path.join(folder, 'README.md');
  const readme = existsSync(readmeFile) ? readFileSync(readmeFile, 'utf8') : '';
  if (readme === '') failures.push(`${folder}: no README.md`);
  lines.push(`${path.relative(root, folder)}: ${manifest.release}`);
  const listed = new Set(manifest.files.map((entry) => entry.file));
  for (const name of readdirSync(folder)) {
    if (name !== 'README.md' && name !== 'manifest.json' && !listed.has(name)) failures.push(`${path.join(folder, name)}: not listed in manifest.json`);
  }
  for (const entry of manifest.files) {
    const file = path.join(folder, entry.file);
    if (!existsSync(file)) {
      failures.push(`${file}: missing`);
      continue;
    }
    const stored = readFileSync(file);
    const bytes = entry.file.endsWith('.gz') ? gunzipSync(stored) : stored;
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const sizeOk = bytes.length === entry.bytes;
    const shaOk = sha256 === entry.sha256;
    if (!sizeOk) failures.push(`${file}: ${bytes.length} bytes unpacked, the manifest says ${entry.bytes}`);
    if (!shaOk) failures.push(`${file}: sha256 ${sha256}, the manifest says ${entry.sha256}`);
    if (!readme.includes(entry.sha256)) failures.push(`${readmeFile}: does not state the sha256 of ${entry.official}`);
    lines.push(`  ${entry.official}: ${bytes.length.toLocaleString('en-US')} bytes (${stored.length.toLocaleString('en-US')} stored), sha256 ${sha256} ${shaOk && sizeOk ? 'ok' : 'MISMATCH'}`);
    const text = bytes.toString('utf8');
    for (const count of entry.counts ?? []) {
      const found = recount(text, count);
      const ok = found === count.expected;
      if (!ok) failures.push(`${file}: ${count.what}: ${found}, the manifest says ${count.expected}`);
      lines.push(`    ${count.what}: ${found.toLocaleString('en-US')} ${ok ? 'ok' : `MISMATCH (expected ${count.expected.toLocaleString('en-US')})`}`);
    }
  }
  return { lines, failures };
}

const dataDir = path.resolve(process.argv[2] ?? path.join(root, 'data', 'icd10cm'));
const folders = readdirSync(dataDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => path.join(dataDir, entry.name))
  .sort();
const failures = [];
let storedBytes = 0;
for (const folder of folders) {
  if (!existsSync(path.join(folder, 'manifest.json'))) {
    failures.push(`${folder}: no manifest.json`);
    continue;
  }
  const result = verifyFolder(folder);
  console.log(result.lines.join('\n'));
  failures.push(...result.failures);
  for (const name of readdirSync(folder)) storedBytes += readFileSync(path.join(folder, name)).length;
}
console.log(`data:verify: ${folders.length} year folders, ${storedBytes.toLocaleString('en-US')} bytes stored`);
if (failures.length > 0) {
  console.error(`data:verify: ${failures.length} problem(s):\n${failures.join('\n')}`);
  process.exitCode = 1;
} else {
  console.log('data:verify: every file matches its manifest and README');
}
