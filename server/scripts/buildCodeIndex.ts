/**
 * Builds the bundled ICD-10-CM index `server/data/icd10cm.index.bin` from the official release
 * files in `$ICD_CODESETS_DIR` (default `<repo>/data/icd10cm`, stored gzipped, one folder per fiscal
 * year), checks the derived header counts against the official ones, and prints what it built.
 *
 * Usage (normally through `npm run build:index`, which bundles this file to out/buildCodeIndex.js):
 *   node out/buildCodeIndex.js [--info] [--out DIR]
 *   --info  only print the years, counts, size and load time of the existing index.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deriveHeaders } from '../src/service/codes/headers';
import { assembleCodeIndex, parseReleaseFiles } from '../src/service/codes/assembleRelease';
import type { ReleaseFileText } from '../src/service/codes/assembleRelease';
import { codeIndexFormat } from '../src/service/codes/indexData';
import type { CodeIndexData, CodeIndexProvenance, SourceFileRecord } from '../src/service/codes/indexData';
import { noShortTitle } from '../src/service/codes/shortTitleText';
import { encodeIndexFile, indexFileName, loadBundledCodeSets, provenanceOf } from '../src/node/codeSetLoader';
import { listReleaseFiles, readReleaseFileBytes } from '../src/node/releaseFolder';

/** The repository root: the nearest folder above this script (bundled or not) holding package.json. */
function findRepoRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
}

function printInfo(dataDir: string): void {
  const started = performance.now();
  const codeSets = loadBundledCodeSets(dataDir);
  const loadMs = performance.now() - started;
  const file = path.join(dataDir, indexFileName);
  const provenance = provenanceOf(codeSets);
  console.log(`index: ${path.relative(process.cwd(), file)} (${statSync(file).size.toLocaleString('en-US')} bytes), loaded in ${loadMs.toFixed(1)} ms`);
  if (provenance) console.log(`generated ${provenance.generatedAt} by ${provenance.generator} from ${provenance.sources.map((source) => source.file).join(', ')}`);
  for (const year of codeSets.years) {
    console.log(`${year.label} (${year.effectiveFrom} to ${year.effectiveTo}): ${year.billableCount.toLocaleString('en-US')} billable, ${year.headerCount.toLocaleString('en-US')} headers`);
  }
  // Unpacking the table here is after the load time above, so it does not count towards it.
  const neoplasms = codeSets.neoplasmTable?.();
  console.log(neoplasms ? `Table of Neoplasms ${neoplasms.release}: ${neoplasms.rows.length.toLocaleString('en-US')} rows (main term included)` : 'Table of Neoplasms: none in this index');
}

/** What the build says about the Table of Neoplasms it keeps, with the counts read from each file. */
function neoplasmFacts(release: ReturnType<typeof parseReleaseFiles>): string[] {
  const years = [...release.neoplasms.keys()].sort((a, b) => b - a);
  if (years.length === 0) return ['Table of Neoplasms: no release file gave one; the index has none'];
  return years.map((year, index) => {
    const table = release.neoplasms.get(year);
    const counts = `${table?.termCount ?? 0} rows, ${table?.cellCount ?? 0} cells`;
    return `Table of Neoplasms FY${year}: ${counts}${index === 0 ? ' (kept in the index)' : ' (older; not kept)'}`;
  });
}

/** How many codes have an official short title, how many of those equal their long title, and how many have none. */
function shortTitleFacts(data: CodeIndexData): string[] {
  const lines = data.shortTitles.split('\n');
  const none = lines.filter((line) => line === noShortTitle).length;
  const same = lines.filter((line) => line === '^').length;
  return [`Short titles: ${lines.length - none} of ${lines.length} codes (${same} equal to their long title), ${none} without one (no order file or addenda prints one beside the same long title)`];
}

/**
 * Checks the prefix rule for headers against the official counts: the FY2021 order file's own
 * header rows, and the header counts stated in an addenda summary. Differences are printed, not
 * hidden; an unexpected difference fails the build.
 */
function checkHeaderCounts(release: ReturnType<typeof parseReleaseFiles>, headerCounts: ReadonlyMap<number, number>): string[] {
  const facts: string[] = [];
  let failed = false;
  for (const [year, order] of release.orders) {
    const listed = new Set(order.entries.filter((entry) => !entry.billable).map((entry) => entry.code));
    const derived = new Set(deriveHeaders(order.entries.filter((entry) => entry.billable).map((entry) => entry.code)));
    const extra = [...derived].filter((code) => !listed.has(code));
    const missing = [...listed].filter((code) => !derived.has(code));
    facts.push(`FY${year} order file: ${listed.size} header rows; the prefix rule derives ${derived.size} (extra: ${extra.join(' ') || 'none'}; missing: ${missing.join(' ') || 'none'})`);
    // H54512 is the one known official quirk (FY2021 prints H54.512A under H54.511).
    if (missing.length > 0 || extra.some((code) => code !== 'H54512')) failed = true;
  }
  for (const [year, expected] of headerCounts) {
    facts.push(`FY${year} headers: official ${expected}`);
  }
  if (failed) throw new Error(`header derivation does not match the official files:\n${facts.join('\n')}`);
  return facts;
}

function main(): void {
  const args = process.argv.slice(2);
  const root = findRepoRoot();
  const outIndex = args.indexOf('--out');
  const dataDir = outIndex >= 0 && args[outIndex + 1] ? path.resolve(args[outIndex + 1] as string) : path.join(root, 'server', 'data');
  if (args.includes('--info')) {
    printInfo(dataDir);
    return;
  }
  const started = performance.now();
  const codesetsDir = path.resolve(process.env.ICD_CODESETS_DIR || path.join(root, 'data', 'icd10cm'));
  if (!existsSync(codesetsDir)) throw new Error(`code-set folder ${codesetsDir} does not exist (it is part of the project; ICD_CODESETS_DIR names another)`);
  const sources: SourceFileRecord[] = [];
  // The sha256 and size recorded are those of the official file (unpacked), as each year's README states them.
  const files: ReleaseFileText[] = listReleaseFiles(codesetsDir).map((file) => {
    const bytes = readReleaseFileBytes(file);
    sources.push({ file: path.relative(codesetsDir, file).split(path.sep).join('/'), sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length });
    return { file: path.relative(codesetsDir, file), text: bytes.toString('utf8') };
  });
  const release = parseReleaseFiles(files);
  if (release.problems.length > 0) {
    throw new Error(`release files have problems:\n${release.problems.map((problem) => `${problem.file}${problem.line ? `:${problem.line}` : ''}: ${problem.message}`).join('\n')}`);
  }
  const { data, problems } = assembleCodeIndex(release, { yearsFrom: 'codes' });
  if (problems.length > 0) throw new Error(problems.map((problem) => `${problem.file}: ${problem.message}`).join('\n'));

  // Compare the built counts with what the official addenda summaries state.
  const officialHeaders = new Map<number, number>();
  const facts: string[] = [];
  for (const addenda of release.addenda.values()) {
    for (const [year, count] of Object.entries(addenda.summary.headers)) officialHeaders.set(Number(year), count);
    for (const [year, count] of Object.entries(addenda.summary.codes)) {
      const built = data.years.find((entry) => entry.year === Number(year));
      if (built && built.billableCount !== count) throw new Error(`FY${year}: ${built.billableCount} billable codes built, the addenda summary says ${count}`);
    }
  }
  facts.push(...checkHeaderCounts(release, officialHeaders));
  facts.push(...neoplasmFacts(release));
  facts.push(...shortTitleFacts(data));
  for (const year of data.years) {
    const official = officialHeaders.get(year.year);
    if (official !== undefined && official !== year.headerCount) throw new Error(`${year.label}: ${year.headerCount} headers derived, the addenda summary says ${official}`);
    facts.push(`${year.label}: ${year.billableCount} billable (codes file), ${year.headerCount} headers (prefix rule${official === undefined ? '' : `, equals the official ${official}`})`);
  }
  const provenance: CodeIndexProvenance = {
    format: codeIndexFormat,
    generator: 'server/scripts/buildCodeIndex.ts (npm run build:index)',
    generatedAt: new Date().toISOString(),
    sources,
    licence: 'ICD-10-CM is maintained by CDC/NCHS and is a work of the US Government: public domain.',
    notes: [
      'Loaded years come from the codes files; older order files and tabular XML only supply header titles, structure and notes.',
      'Titles: the newest source that has the code (codes file of the newest year that bills it, tabular XML, order addenda, older order file).',
      'Short titles: the newest order addenda or order file that prints the code with the same long title as the index gives it; none otherwise.',
      'Notes: each owner (code, block, chapter) takes its notes from the newest tabular file that contains it; each note records its source year.',
      'Table of Neoplasms: the newest release file of the table (icd10cm_neoplasm_YYYY.xml, icd-10-cm-neoplasm-YYYY.xml), every row and cell as printed.',
      ...facts,
    ],
  };
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, indexFileName);
  // Write then rename, so a server or test loading the index meanwhile never sees half a file.
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, encodeIndexFile(provenance, data));
  renameSync(temporary, file);
  for (const fact of facts) console.log(`build:index: ${fact}`);
  console.log(`build:index: wrote ${path.relative(root, file)} (${statSync(file).size.toLocaleString('en-US')} bytes) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

try {
  main();
} catch (error) {
  console.error(`build:index: ${(error as Error).message}`);
  process.exitCode = 1;
}
