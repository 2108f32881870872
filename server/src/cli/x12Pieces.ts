import type { Position } from 'vscode-languageserver-types';
import type { StructuralProblem } from '../service/model';
import { readIsaHeader } from '../service/x12/isaHeader';
import { findIsa, isWhitespace, skipWhitespace } from '../service/x12/scanner';
import { readPackedId, SegmentId } from '../service/x12/segmentTable';
import type { EnvelopeProblem } from './envelopeWalker';
import { copyString, EnvelopeWalker, idRange } from './envelopeWalker';
import { PositionCounter } from './positionCounter';

/**
 * Cuts a stream of X12 text into pieces of whole claims, so the command line checks a file of any
 * size in constant memory, even one interchange of a gigabyte.
 *
 * Segments are found exactly as the parser's scanner finds them (server/src/service/x12/scanner.ts).
 * Inside an interchange a piece ends in front of a segment that closes any open claim (CLM, HL, ST,
 * SE, GS, GE, IEA) once it has reached the target size; a new interchange always starts a new piece.
 * A later piece of an interchange is parsed behind a `context`: its ISA header and the GS and ST still
 * open, so delimiters and claim versions are read as in the whole file. Envelope checks, which no piece
 * sees whole, are made by {@link EnvelopeWalker} while cutting. The pieces joined give back the text.
 */

/** One piece of an X12 file, with what is needed to check it as part of the whole file. */
export interface X12Piece {
  /** Segments (each with its terminator and a line feed) to parse in front of `text`; '' when the piece starts its interchange. */
  readonly context: string;
  readonly text: string;
  /** Where `text` starts in the file. */
  readonly start: Position;
  /** True when the envelope checks of this piece come from {@link envelopeProblems} instead of the parse. */
  readonly walked: boolean;
  /** Envelope problems found while cutting this piece, including trailers found missing here for envelopes opened earlier. */
  readonly envelopeProblems: readonly EnvelopeProblem[];
  /** The interchange the piece belongs to (counted from 0), so what one piece learns can reach the next. */
  readonly interchange: number;
  /** The interchange's element separator and segment terminator. */
  readonly element: string;
  readonly terminator: string;
}

/** Thrown when no claim boundary occurs for longer than the piece limit, so the user gets a message instead of a crash. */
export class PieceTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`holds more than ${Math.round(limit / (1024 * 1024))} MB without a claim or interchange boundary, which cannot be checked in one piece`);
  }
}

export interface PieceOptions {
  /** A piece is cut at the first claim boundary after this many characters. */
  readonly targetChars: number;
  /** A piece that outgrows this without a boundary is refused (V8 strings stop at about 512 M characters). */
  readonly maxPieceChars: number;
}

/**
 * A quarter megabyte (about 700 claims): the per-piece work is still noise, and the garbage of a piece's
 * parse stays small. A 1 GB single interchange peaked at 242 MB RSS with these pieces, 267 MB with 1 MB
 * pieces and 330 MB with 4 MB pieces, in the same time.
 */
export const defaultPieceOptions: PieceOptions = { targetChars: 256 * 1024, maxPieceChars: 256 * 1024 * 1024 };

/** Segments in front of which no claim is open: cutting there changes no claim. */
const boundaryIds = new Set<number>([SegmentId.CLM, SegmentId.HL, SegmentId.ST, SegmentId.SE, SegmentId.GS, SegmentId.GE, SegmentId.IEA]);

/** The segments the envelope walker reads; the rest it only counts. */
const envelopeIds = new Set<number>([SegmentId.ST, SegmentId.SE, SegmentId.GS, SegmentId.GE, SegmentId.IEA]);

/** How far past "ISA" the parser looks for the header's sixteen separators. */
const isaHeaderReach = 200;

/** What the first character of a segment tells {@link skipPlainSegments}. */
const FirstCharacter = { Plain: 0, Whitespace: 1, LooksCloser: 2 } as const;

/** Per ASCII code: whitespace, a first letter of ST/SE/GS/GE/ISA/IEA/CLM/HL (S, G, I, C, H), or plain. */
const firstCharacterKinds: Uint8Array = (() => {
  const kinds = new Uint8Array(128);
  for (let code = 0; code < 128; code++) if (isWhitespace(code)) kinds[code] = FirstCharacter.Whitespace;
  for (const letter of 'SGICH') kinds[letter.charCodeAt(0)] = FirstCharacter.LooksCloser;
  return kinds;
})();

/** How many segments the last {@link skipPlainSegments} call passed over. */
let plainSegments = 0;

/**
 * Passes over terminated segments that need no decision: neither an envelope segment nor ISA, nor a
 * claim boundary once the piece has reached `cutFrom`. Their ids need not be read, only their first
 * two letters (ST, SE, GS, GE, IS, IE, CL and HL are looked at closely). Returns where it stopped.
 * This loop sees every segment of the file, so it keeps to local variables and native `indexOf`.
 */
function skipPlainSegments(text: string, from: number, terminator: string, cutFrom: number): number {
  const length = text.length;
  let position = from;
  let count = 0;
  while (position < length) {
    const first = text.charCodeAt(position);
    // Most segments (NM1, DMG, LX, DTP, REF…) start with a letter that needs no closer look.
    const kind = first < 128 ? firstCharacterKinds[first] : isWhitespace(first) ? FirstCharacter.Whitespace : FirstCharacter.Plain;
    if (kind === FirstCharacter.Whitespace) {
      position = skipWhitespace(text, position);
      continue;
    }
    if (kind !== FirstCharacter.Plain) {
      const second = text.charCodeAt(position + 1);
      // ST, SE, GS, GE, ISA, IEA; CLM and HL once the piece is long enough. SBR, SV1 and the like pass.
      if ((first === 83 && (second === 84 || second === 69)) || (first === 71 && (second === 83 || second === 69))
        || (first === 73 && (second === 83 || second === 69)) || Number.isNaN(second)
        || (position >= cutFrom && ((first === 67 && second === 76) || (first === 72 && second === 76)))) break;
    } else if (position + 1 >= length) {
      break;
    }
    const end = text.indexOf(terminator, position);
    if (end === -1) break;
    count++;
    position = end + 1;
  }
  plainSegments = count;
  return position;
}

type Mode = 'outside' | 'isa' | 'segments' | 'opaque';

/** Yields the pieces of an X12 stream in order (see above). A leading byte order mark is dropped, as editors hide it. */
export async function* readX12Pieces(chunks: AsyncIterable<string>, options: PieceOptions = defaultPieceOptions): AsyncGenerator<X12Piece> {
  const iterator = chunks[Symbol.asyncIterator]();
  const counter = new PositionCounter();
  const problems: EnvelopeProblem[] = [];
  let buffer = '';
  let ended = false;
  let firstRead = true;
  let mode: Mode = 'outside';
  /** Where scanning resumes in `buffer` (which always starts at the current piece). */
  let position = 0;
  /** Outside an interchange: whether the segment right after the last IEA was looked at, and where the ISA search resumes. */
  let outsideChecked = false;
  let searchFrom = 0;
  let pieceStart: Position = { line: 0, character: 0 };
  let pieceContext = '';
  let pieceWalked = false;
  let pieceHasInterchange = false;
  let interchange = -1;
  let walker: EnvelopeWalker | undefined;
  let element = '*';
  let elementCode = 42;
  let terminator = '~';
  let isaText = '';
  let isaRange = { start: pieceStart, end: pieceStart };
  let firstSegment = true;
  const at = (offset: number): Position => counter.positionAt(buffer, offset);

  const endInterchange = (): void => {
    walker?.finish(isaRange);
    walker = undefined;
    mode = 'outside';
    outsideChecked = false;
  };
  const cut = (offset: number): X12Piece => {
    const piece: X12Piece = {
      context: pieceContext, text: buffer.slice(0, offset), start: pieceStart, walked: pieceWalked,
      envelopeProblems: problems.splice(0), interchange, element, terminator,
    };
    pieceStart = at(offset);
    counter.rebase(offset);
    buffer = buffer.slice(offset);
    position -= offset;
    searchFrom = Math.max(0, searchFrom - offset);
    const inside = mode === 'segments';
    pieceContext = inside && walker !== undefined ? [isaText, ...walker.openEnvelopes()].map((segment) => `${segment}\n`).join('') : '';
    pieceWalked = inside;
    pieceHasInterchange = inside;
    return piece;
  };

  /** Scans as far as the buffer allows; returns a piece when one is complete, undefined when more text is needed. */
  const advance = (): X12Piece | undefined => {
    for (;;) {
      if (mode === 'opaque') return undefined;
      if (mode === 'outside') {
        position = skipWhitespace(buffer, position);
        let isa = -1;
        if (!outsideChecked) {
          if (buffer.length - position < 3 && !ended) return undefined;
          if (position >= buffer.length) return undefined;
          outsideChecked = true;
          searchFrom = position;
          if (buffer.startsWith('ISA', position)) isa = position;
        }
        if (isa === -1) {
          isa = findIsa(buffer, searchFrom);
          if (isa === -1) {
            // "ISA" at the very end may yet be followed by a delimiter: search it again with more text.
            searchFrom = Math.max(searchFrom, buffer.length - 3);
            return undefined;
          }
        }
        mode = 'isa';
        position = isa;
        if (pieceHasInterchange) return cut(isa);
      }
      if (mode === 'isa') {
        if (buffer.length - position < isaHeaderReach + 4 && !ended) return undefined;
        const header = readIsaHeader(buffer, position, [] as StructuralProblem[]);
        interchange++;
        pieceHasInterchange = true;
        if (header === undefined) {
          // The parser guesses delimiters for an unreadable header; the rest of the file is left to it whole.
          mode = 'opaque';
          pieceWalked = false;
          return undefined;
        }
        ({ element, segment: terminator } = header.delimiters);
        elementCode = element.charCodeAt(0);
        walker = new EnvelopeWalker(element, header.controlNumber, problems);
        pieceWalked = true;
        firstSegment = true;
        mode = 'segments';
      }
      position = skipPlainSegments(buffer, position, terminator, options.targetChars);
      walker?.count(plainSegments);
      position = skipWhitespace(buffer, position);
      if (position >= buffer.length) {
        if (ended) endInterchange();
        return undefined;
      }
      let end = buffer.indexOf(terminator, position);
      const terminated = end !== -1;
      if (!terminated) {
        if (!ended) return undefined;
        end = buffer.length;
        while (end > position && isWhitespace(buffer.charCodeAt(end - 1))) end--;
      }
      const contentEnd = terminated && end > position && buffer.charCodeAt(end - 1) === 13 ? end - 1 : end;
      const id = readPackedId(buffer, position, contentEnd, elementCode);
      if (!firstSegment) {
        if (id === SegmentId.ISA) {
          endInterchange();
          mode = 'isa';
          return cut(position);
        }
        if (position >= options.targetChars && boundaryIds.has(id)) return cut(position);
      }
      if (firstSegment || envelopeIds.has(id)) {
        const segment = { text: buffer, start: position, end: contentEnd, terminatorAt: end, id };
        if (firstSegment) {
          isaRange = idRange(segment, element, at);
          isaText = copyString(buffer.slice(position, end + 1));
          firstSegment = false;
        }
        walker?.visit(segment, at);
      } else {
        // Claim segments only count toward SE01; no object is made for them.
        walker?.count(1);
      }
      position = end + 1;
      if (!terminated || id === SegmentId.IEA) endInterchange();
    }
  };

  for (;;) {
    const piece = advance();
    if (piece !== undefined) {
      yield piece;
      continue;
    }
    if (ended) break;
    const next = await iterator.next();
    if (next.done === true) {
      ended = true;
      continue;
    }
    let text = next.value;
    // Editors hide a UTF-8 byte order mark, so columns on line 1 are counted without it here too.
    if (firstRead && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    firstRead = false;
    buffer += text;
    if (buffer.length > options.maxPieceChars) throw new PieceTooLargeError(options.maxPieceChars);
  }
  if (walker !== undefined) endInterchange();
  if (buffer.length > 0 || problems.length > 0) yield cut(buffer.length);
}
