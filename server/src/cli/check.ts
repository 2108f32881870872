import { createReadStream } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { LanguageService, ValidationSettings } from '../service/languageService';
import type { X12Document } from '../service/x12/x12Model';
import type { FileToCheck } from './files';
import { toFinding } from './output';
import type { Finding } from './output';
import { checkNdjsonFile, isNdjsonFile } from './fhirLines';
import { PieceDocument } from './pieceDocument';
import { defaultPieceOptions, readX12Pieces } from './x12Pieces';
import type { PieceOptions, X12Piece } from './x12Pieces';

/**
 * Checking one file with the same language service the editor uses. X12 files are read as a stream
 * and checked in pieces of whole claims (see x12Pieces.ts), so memory stays flat whatever the size;
 * notes are small and checked whole. Findings come out in file order within each piece.
 */

/** The command line reports every finding: there is no editor to overwhelm, and CI needs them all. */
const cliSettings: ValidationSettings = { rules: {}, maxNumberOfProblems: Number.MAX_SAFE_INTEGER };

/** How a file is read and cut; tests read in tiny steps and cut far smaller pieces. */
export interface CheckOptions {
  readonly pieces: PieceOptions;
  /** The read size; large enough to keep system calls few, small enough to keep memory flat. */
  readonly readBytes: number;
}

const defaultCheckOptions: CheckOptions = { pieces: defaultPieceOptions, readBytes: 1 << 20 };

/** The parser's envelope problems, which the streaming walker reports instead for pieces it walked. */
const envelopeRules = new Set([
  'x12-missing-trailer', 'x12-se-count-mismatch', 'x12-ge-count-mismatch', 'x12-iea-count-mismatch', 'x12-control-number-mismatch',
]);

function byPosition(a: Finding, b: Finding): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

/** What one piece teaches the next piece of the same interchange. */
interface Carry {
  interchange: number;
  /** The component separator the composites really use, when the parse found one other than ISA16. */
  observedComponent: string | undefined;
}

/**
 * A synthetic HI segment that makes the parse of a later piece adopt the component separator an
 * earlier piece discovered, as the whole-file parse would; its own warning falls in the context.
 */
function componentHint(piece: X12Piece, observed: string | undefined): string {
  return observed === undefined ? '' : `HI${piece.element}BK${observed}X${piece.terminator}\n`;
}

function checkPiece(service: LanguageService, uri: string, file: FileToCheck, piece: X12Piece, carry: Carry): Finding[] {
  if (piece.interchange !== carry.interchange) carry.observedComponent = undefined;
  carry.interchange = piece.interchange;
  const context = piece.context === '' ? '' : piece.context + componentHint(piece, carry.observedComponent);
  const document = new PieceDocument(uri, context, piece.text, piece.start);
  const snapshot = service.analyze(document, file.languageId);
  const parsed = snapshot.parsed;
  const interchanges = (parsed as Partial<X12Document>).interchanges;
  const observed = interchanges?.[interchanges.length - 1]?.observedComponent;
  if (observed !== undefined) carry.observedComponent = observed;
  const findings: Finding[] = [];
  const keep = (diagnostic: Diagnostic): boolean =>
    diagnostic.range.start.line >= 0 && !(piece.walked && envelopeRules.has(String(diagnostic.code)));
  for (const diagnostic of service.doValidation(snapshot, cliSettings)) {
    if (keep(diagnostic)) findings.push(toFinding(file.path, diagnostic));
  }
  for (const problem of piece.envelopeProblems) findings.push({ file: file.path, ...problem });
  // A stable sort: findings at one position keep the service's order.
  return findings.sort(byPosition);
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
  const uri = pathToFileURL(file.path).href;
  if (isNdjsonFile(file)) {
    yield* checkNdjsonFile(service, uri, file, cliSettings, options.readBytes);
    return;
  }
  if (file.languageId !== 'x12-837') {
    const read = await readWhole(file, options.readBytes);
    // Editors hide a UTF-8 byte order mark, so columns on line 1 are counted without it here too.
    const text = read.charCodeAt(0) === 0xfeff ? read.slice(1) : read;
    const document = new PieceDocument(uri, '', text, { line: 0, character: 0 });
    const findings = service.doValidation(service.analyze(document, file.languageId), cliSettings).map((diagnostic) => toFinding(file.path, diagnostic));
    yield* findings.sort(byPosition);
    return;
  }
  const stream = createReadStream(file.path, { encoding: 'utf8', highWaterMark: options.readBytes });
  const carry: Carry = { interchange: -1, observedComponent: undefined };
  for await (const piece of readX12Pieces(stream as AsyncIterable<string>, options.pieces)) {
    yield* checkPiece(service, uri, file, piece, carry);
  }
}
