import { createReadStream } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { LanguageService, ValidationSettings } from '../service/languageService';
import type { FileToCheck } from './files';
import type { FileRange } from './parallel/interchangeCutter';
import { severityName } from './output';
import type { Finding } from './output';
import { FindingBatch, PER_FINDING } from './findingBatch';
import { checkNdjsonFile, isNdjsonFile } from './fhirLines';
import { PieceDocument } from './pieceDocument';
import { CleanReads, utf8Chunks } from './utf8Chunks';
import { defaultPieceOptions, readX12Pieces } from './x12Pieces';
import type { PieceOptions, X12Piece } from './x12Pieces';

/**
 * Checking one file with the same language service the editor uses. X12 files are read as a stream
 * and checked in pieces of whole claims, each parsed by the service's resumable parse (see
 * x12Pieces.ts), so memory stays flat whatever the size; notes are small and checked whole. Findings
 * come out in file order within each piece.
 */

/**
 * The command line reports every finding: there is no editor to overwhelm, and CI needs them all. It
 * prints no quick fixes, so the rules are asked not to build them.
 */
const cliSettings: ValidationSettings = { rules: {}, maxNumberOfProblems: Number.MAX_SAFE_INTEGER, quickFixes: false };

/** How a file is read and cut; tests read in tiny steps and cut far smaller pieces. */
export interface CheckOptions {
  readonly pieces: PieceOptions;
  /** The read size; large enough to keep system calls few, small enough to keep memory flat. */
  readonly readBytes: number;
}

export const defaultCheckOptions: CheckOptions = { pieces: defaultPieceOptions, readBytes: 1 << 20 };

function checkPiece(service: LanguageService, uri: string, file: FileToCheck, piece: X12Piece): FindingBatch {
  const document = new PieceDocument(uri, piece.text, piece.start, piece.earlier, piece.lineStarts);
  return FindingBatch.ofPending(document, service.doValidationByOffset(service.analyze(document, file.languageId, piece.document), cliSettings));
}

async function readWhole(file: FileToCheck, readBytes: number): Promise<string> {
  let whole = '';
  for await (const chunk of createReadStream(file.path, { encoding: 'utf8', highWaterMark: readBytes })) whole += chunk as string;
  return whole;
}

/**
 * Yields the findings of one file. Throws the underlying I/O error when the file cannot be read (the
 * caller reports it and exits with status 2).
 */
export async function* checkFile(service: LanguageService, file: FileToCheck, options: CheckOptions = defaultCheckOptions): AsyncGenerator<Finding> {
  for await (const batch of checkFileInBatches(service, file, options)) yield* findingsOf(file.path, batch);
}

/** The findings of a batch as objects of the JSON shape. */
function findingsOf(file: string, { fields, positions }: FindingBatch): Finding[] {
  return fields.map((fields, index) => {
    const at = index * PER_FINDING;
    return {
      file,
      range: { start: { line: positions[at] as number, character: positions[at + 1] as number }, end: { line: positions[at + 2] as number, character: positions[at + 3] as number } },
      severity: severityName(fields),
      rule: fields.code === undefined ? 'unknown' : String(fields.code),
      message: fields.message,
    };
  });
}

/**
 * The findings of one file, a piece's worth at a time, in file order: a rule-dense batch has as many
 * findings as claims, and handing them over one by one cost a promise each. The command line writes
 * them into its output without making a finding of each.
 */
export async function* checkFileInBatches(service: LanguageService, file: FileToCheck, options: CheckOptions = defaultCheckOptions, range?: FileRange): AsyncGenerator<FindingBatch> {
  const uri = pathToFileURL(file.path).href;
  if (isNdjsonFile(file)) {
    for await (const diagnostics of checkNdjsonFile(service, uri, file, cliSettings, options.readBytes)) yield FindingBatch.ofDiagnostics(diagnostics);
    return;
  }
  if (file.languageId !== 'x12-837') {
    const read = await readWhole(file, options.readBytes);
    // Editors hide a UTF-8 byte order mark, so columns on line 1 are counted without it here too.
    const text = read.charCodeAt(0) === 0xfeff ? read.slice(1) : read;
    const document = new PieceDocument(uri, text, { line: 0, character: 0 });
    yield FindingBatch.ofPending(document, service.doValidationByOffset(service.analyze(document, file.languageId), cliSettings));
    return;
  }
  // A range of whole interchanges (see parallel/interchangeCutter.ts) is read from its first byte to before its end.
  const bounds = range === undefined ? {} : { start: range.startByte, ...(range.endByte === undefined ? {} : { end: range.endByte - 1 }) };
  const stream = createReadStream(file.path, { highWaterMark: options.readBytes, ...bounds });
  const reads = new CleanReads();
  for await (const piece of readX12Pieces(utf8Chunks(stream as AsyncIterable<Buffer>, reads), options.pieces, range?.origin, reads)) {
    yield checkPiece(service, uri, file, piece);
  }
}
