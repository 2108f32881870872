import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { ExtractedMention, LanguageService } from '../service';
import { STANDARD_INPUT } from './files';
import type { FileToCheck } from './files';
import { PieceDocument } from './pieceDocument';

/**
 * `icd-claim-check --extract`: the neoplasm diagnoses written in the words of each note, with the
 * editor's language service and narrative reader. The JSON shape is the contract of NARRATIVE.md:
 * `{file, range (0-based), text, code, candidates, column, assertion, section}`. Claim files have no
 * narrative and yield nothing.
 */

/** One extracted mention with the file it was found in. */
export interface ExtractedRecord extends ExtractedMention {
  readonly file: string;
}

/** The documented mentions of one file, in text order. Throws the I/O error when it cannot be read. */
export async function extractFile(service: LanguageService, file: FileToCheck): Promise<ExtractedRecord[]> {
  if (file.languageId !== 'clinical-note') return [];
  const fromStandardInput = file.path === STANDARD_INPUT;
  const read = fromStandardInput ? await readStandardInput() : await readFile(file.path, 'utf8');
  // Editors hide a UTF-8 byte order mark, so columns on line 1 are counted without it, as in checking.
  const text = read.charCodeAt(0) === 0xfeff ? read.slice(1) : read;
  const uri = fromStandardInput ? 'untitled:standard-input' : pathToFileURL(file.path).href;
  const document = new PieceDocument(uri, text, { line: 0, character: 0 });
  return service.findDocumentedMentions(service.analyze(document, 'clinical-note'))
    .map((mention) => ({ file: file.path, ...mention }));
}

/** All of standard input as UTF-8 text (a note piped in: `… | icd-claim-check --extract -`). */
async function readStandardInput(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * `file:line:col assertion code text` (1-based line and column). A mention without a single code
 * shows its candidates joined by `|`, or `-` when there are none.
 */
export function formatExtracted(record: ExtractedRecord): string {
  const { line, character } = record.range.start;
  const code = record.code ?? (record.candidates.length > 0 ? record.candidates.join('|') : '-');
  return `${record.file}:${line + 1}:${character + 1} ${record.assertion} ${code} ${record.text.replace(/\s+/g, ' ')}`;
}
