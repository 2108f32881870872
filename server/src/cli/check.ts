import { createReadStream } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Position } from 'vscode-languageserver-types';
import type { LanguageService, ValidationSettings } from '../service/languageService';
import type { FileToCheck } from './files';
import { readInterchanges } from './interchangeReader';
import { toFinding } from './output';
import type { Finding } from './output';
import { SliceDocument } from './sliceDocument';

/**
 * Checking one file with the same language service the editor uses. X12 files are read as a stream
 * and checked one interchange at a time (the service validates claim by claim inside it); notes are
 * small and checked whole.
 */

/** The command line reports every finding: there is no editor to overwhelm, and CI needs them all. */
const cliSettings: ValidationSettings = { rules: {}, maxNumberOfProblems: Number.MAX_SAFE_INTEGER };

/** The read size; large enough to keep system calls few, small enough to keep memory flat. */
const chunkBytes = 1 << 20;

async function* readPieces(file: FileToCheck): AsyncGenerator<string> {
  const stream = createReadStream(file.path, { encoding: 'utf8', highWaterMark: chunkBytes });
  if (file.languageId !== 'x12-837') {
    let whole = '';
    for await (const chunk of stream) whole += chunk as string;
    yield whole;
    return;
  }
  yield* readInterchanges(stream as AsyncIterable<string>);
}

function byPosition(a: Finding, b: Finding): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

/**
 * Yields the findings of one file, in file order per piece. Throws the underlying I/O error when
 * the file cannot be read (the caller reports it and exits with status 2).
 */
export async function* checkFile(service: LanguageService, file: FileToCheck): AsyncGenerator<Finding> {
  const uri = pathToFileURL(file.path).href;
  let start: Position = { line: 0, character: 0 };
  let first = true;
  for await (const read of readPieces(file)) {
    // Editors hide a UTF-8 byte order mark, so columns on line 1 are counted without it here too.
    const piece = first && read.charCodeAt(0) === 0xfeff ? read.slice(1) : read;
    first = false;
    const document = new SliceDocument(uri, file.languageId, piece, start);
    const parsed = service.parse(document, file.languageId);
    const findings = service.doValidation(document, parsed, cliSettings).map((diagnostic) => toFinding(file.path, diagnostic));
    findings.sort(byPosition);
    yield* findings;
    start = document.endPosition();
  }
}
