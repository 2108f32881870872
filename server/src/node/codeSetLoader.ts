import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { CodeSets } from '../service/codes/codeSet';
import { assembleCodeIndex, parseReleaseFiles } from '../service/codes/assembleRelease';
import type { ReleaseFileText, ReleaseProblem } from '../service/codes/assembleRelease';
import { createCodeSets, indexDataOf } from '../service/codes/indexedCodeSets';
import type { CodeIndexData, CodeIndexProvenance, LoadableCodeIndex } from '../service/codes/indexData';
import { decodeIndexBytes } from '../service/codes/indexFileFormat';
import type { SectionLengths } from '../service/codes/indexFileFormat';
import { listReleaseFiles, readReleaseFileBytes } from './releaseFolder';

/**
 * Node-side loading of the code tables: the bundled index in `server/data/`, and a release folder
 * the user names in `icdClaimCoder.codeSetPath`.
 *
 * The index file is one line of JSON (the provenance plus the byte length of each section; readable
 * with `head -1`), a newline, then gzip sections: the core (years, codes, statuses, structure), the
 * titles and the short titles in chunks of consecutive codes, the notes, and the Table of Neoplasms
 * when a release gave one. It is written here and read by indexFileFormat.ts, which the web worker shares.
 */

/** File name of the bundled index inside the data folder. */
export const indexFileName = 'icd10cm.index.bin';

/** Codes per title chunk: small enough that the first hover unpacks about 200 KB, not all titles. */
const titleChunkSize = 4096;

/** Writes an index file: header line, then the core, the title and short-title chunks and the notes, each gzipped. */
export function encodeIndexFile(provenance: CodeIndexProvenance, data: CodeIndexData): Buffer {
  const { titles, shortTitles, notes, neoplasms, ...core } = data;
  const pack = (text: string): Buffer => gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
  const packChunks = (text: string): Buffer[] => {
    const lines = text.split('\n');
    const chunks: Buffer[] = [];
    for (let start = 0; start < lines.length; start += titleChunkSize) chunks.push(pack(lines.slice(start, start + titleChunkSize).join('\n')));
    return chunks;
  };
  const titleChunks = packChunks(titles);
  const shortTitleChunks = packChunks(shortTitles);
  const coreSection = pack(JSON.stringify(core));
  const notesSection = pack(notes);
  const neoplasmSection = neoplasms ? pack(neoplasms.rows) : undefined;
  const sections: SectionLengths = {
    core: coreSection.length,
    titleChunkSize,
    titles: titleChunks.map((chunk) => chunk.length),
    shortTitles: shortTitleChunks.map((chunk) => chunk.length),
    notes: notesSection.length,
    ...(neoplasms && neoplasmSection ? { neoplasms: { release: neoplasms.release, bytes: neoplasmSection.length } } : {}),
  };
  return Buffer.concat([Buffer.from(`${JSON.stringify({ ...provenance, sections })}\n`, 'utf8'), coreSection, ...titleChunks, ...shortTitleChunks, notesSection, ...(neoplasmSection ? [neoplasmSection] : [])]);
}

/** Reads an index file written by {@link encodeIndexFile}, with Node's gunzip; see indexFileFormat.ts. */
export function decodeIndexFile(bytes: Uint8Array): { provenance: CodeIndexProvenance; data: LoadableCodeIndex } {
  return decodeIndexBytes(bytes, (section) => gunzipSync(section).toString('utf8'));
}

/**
 * The default data folder: `server/data` seen from the bundled server (`server/out/main.js`), the
 * bundled command line (`server/out/cli.js`), the index builder (`out/buildCodeIndex.js`) and the
 * TypeScript sources run with tsx (`server/src/lsp/`).
 */
export function defaultDataDir(): string {
  const candidates = [
    path.resolve(__dirname, '..', 'data'),
    path.resolve(__dirname, '..', '..', 'data'),
    path.resolve(__dirname, '..', 'server', 'data'),
  ];
  return candidates.find((dir) => existsSync(path.join(dir, indexFileName))) ?? (candidates[0] as string);
}

const provenanceByCodeSets = new WeakMap<CodeSets, CodeIndexProvenance>();

/** Loads the bundled index. Throws with a clear message when it is missing or unreadable. */
export function loadBundledCodeSets(dataDir: string = defaultDataDir()): CodeSets {
  const file = path.join(dataDir, indexFileName);
  if (!existsSync(file)) throw new Error(`The ICD-10-CM index ${file} is missing; run "npm run build:index" to generate it.`);
  const { provenance, data } = decodeIndexFile(readFileSync(file));
  const codeSets = createCodeSets(data);
  provenanceByCodeSets.set(codeSets, provenance);
  return codeSets;
}

/** The provenance of code sets loaded by {@link loadBundledCodeSets}, for `--info` and logs. */
export function provenanceOf(codeSets: CodeSets): CodeIndexProvenance | undefined {
  return provenanceByCodeSets.get(codeSets);
}

/** Reads a folder's release files (one level of sub-folders, gzip copies unpacked), skipping everything else. */
function readReleaseFolder(dir: string, problems: ReleaseProblem[]): ReleaseFileText[] {
  const files: ReleaseFileText[] = [];
  for (const file of listReleaseFiles(dir, 1)) {
    try {
      files.push({ file, text: readReleaseFileBytes(file).toString('utf8') });
    } catch (error) {
      problems.push({ file, message: `cannot be read: ${(error as Error).message}` });
    }
  }
  return files;
}

/**
 * Imports an official release folder named by the user (codes file, order file, tabular XML, order
 * addenda or Table of Neoplasms XML; the fiscal year comes from the file names or the XML `<version>`). A new year is
 * added; a year already loaded is replaced. When the folder is missing, empty or unusable, the
 * problems say why (file and line) and the bundled code sets are returned unchanged.
 */
export function importCodeSetFolder(dir: string, bundled: CodeSets): { codeSets: CodeSets; problems: Array<{ file: string; line?: number; message: string }> } {
  const problems: ReleaseProblem[] = [];
  const fallback = (message: string): { codeSets: CodeSets; problems: ReleaseProblem[] } => {
    problems.push({ file: dir, message: `${message}; using the bundled code sets` });
    return { codeSets: bundled, problems };
  };
  if (!existsSync(dir)) return fallback('the code-set folder does not exist');
  if (!statSync(dir).isDirectory()) return fallback('the code-set path is not a folder');
  const files = readReleaseFolder(dir, problems);
  if (files.length === 0 && problems.length > 0) return fallback('no release file in the folder could be read');
  if (files.length === 0) return fallback('the folder holds no ICD-10-CM release file (icd10cm-codes-YYYY.txt, icd10cm-order-YYYY.txt, icd10cm_order_addenda_YYYY.txt or icd10cm-tabular-YYYY.xml or icd10cm_neoplasm_YYYY.xml, each also as .gz)');
  const release = parseReleaseFiles(files);
  problems.push(...release.problems);
  const definesYear = release.codes.size + release.orders.size + release.addenda.size + release.tabulars.size + release.neoplasms.size > 0;
  if (!definesYear) return fallback('no release file in the folder could be read');
  try {
    const base = indexDataOf(bundled);
    const assembled = assembleCodeIndex(release, { yearsFrom: 'codesAndOrder', ...(base ? { base } : {}) });
    problems.push(...assembled.problems);
    return { codeSets: createCodeSets(assembled.data), problems };
  } catch (error) {
    return fallback((error as Error).message);
  }
}
