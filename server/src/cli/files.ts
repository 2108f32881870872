import { open, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { detectLanguageId } from '../service/parse';
import type { LanguageId } from '../service/languageService';

/**
 * Finding the files to check: the files named on the command line, and inside named folders every
 * `*.837 *.x12 *.edi *.note *.ndjson *.fhir.json` file, any file whose first line starts with ISA, and any
 * `*.json` file that opens as a FHIR resource. When notes are extracted, folders also yield `*.txt`
 * files (notes exported from a record system are plain text) and `-` names standard input.
 */

/** A file to check and the language it is checked as. */
export interface FileToCheck {
  /** The path as the user will see it in the output (relative to the folder they named). */
  readonly path: string;
  readonly languageId: LanguageId;
}

/** The name standard input goes by on the command line and in the output. */
export const STANDARD_INPUT = '-';

/** What the command finds files for. */
export interface CollectOptions {
  /** `--extract`: folders also yield `*.txt` notes, and `-` is a note read from standard input. */
  readonly extracting?: boolean;
}

/** A path that could not be read; reported on stderr, and the exit status becomes 2. */
export interface PathProblem {
  readonly path: string;
  readonly message: string;
}

/** Folders never searched: they hold tools and history, not claims. */
const skippedFolders = new Set(['node_modules', '.git', '.hg', '.svn']);

/** The first bytes of a file, enough to see an ISA header. */
async function readHead(file: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(256);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString('latin1');
  } finally {
    await handle.close();
  }
}

/** Why a path could not be read, in words (ENOENT → "does not exist"). */
export function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)';
  if (code === 'EISDIR') return 'is a folder';
  return `cannot be read (${code ?? (error instanceof Error ? error.name : 'unknown error')})`;
}

/**
 * The language of a file found in a folder, or undefined to skip it. Files named explicitly are
 * always checked: as X12 when the name or first line says so, otherwise as a clinical note.
 */
async function languageOfFile(file: string, explicit: boolean): Promise<LanguageId | undefined> {
  const head = await readHead(file);
  // A pretty-printed FHIR resource names its resourceType on a later line, so JSON is judged on its head.
  const firstLine = /\.json$/i.test(file) ? head : (head.split(/\r?\n/, 1)[0] ?? '');
  const detected = detectLanguageId(file, firstLine);
  if (detected !== undefined) return detected;
  return explicit ? 'clinical-note' : undefined;
}

/** Yields the files to check under the given paths, in the order given and sorted inside folders. */
export async function* collectFiles(paths: readonly string[], problems: PathProblem[], options: CollectOptions = {}): AsyncGenerator<FileToCheck> {
  for (const given of paths) {
    if (given === STANDARD_INPUT) {
      if (options.extracting === true) yield { path: given, languageId: 'clinical-note' };
      else problems.push({ path: given, message: 'names standard input, which only --extract reads; name the file instead' });
      continue;
    }
    try {
      const info = await stat(given);
      if (info.isDirectory()) yield* walkFolder(given, problems, options);
      else yield { path: given, languageId: (await languageOfFile(given, true)) ?? 'clinical-note' };
    } catch (error) {
      problems.push({ path: given, message: describeIoError(error) });
    }
  }
}

async function* walkFolder(folder: string, problems: PathProblem[], options: CollectOptions): AsyncGenerator<FileToCheck> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    problems.push({ path: folder, message: describeIoError(error) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!skippedFolders.has(entry.name)) yield* walkFolder(full, problems, options);
      continue;
    }
    if (!entry.isFile()) continue;
    try {
      const languageId = await languageOfFile(full, false) ?? (options.extracting === true && /\.txt$/i.test(entry.name) ? 'clinical-note' : undefined);
      if (languageId !== undefined) yield { path: full, languageId };
    } catch (error) {
      problems.push({ path: full, message: describeIoError(error) });
    }
  }
}
