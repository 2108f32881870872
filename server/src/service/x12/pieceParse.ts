import type { StructuralProblem } from '../model';
import type { Span } from '../spans';
import { stringReader } from '../document/textReader';
import { findBinaryJunk } from './binaryJunk';
import { ClaimSlots } from './claimSlots';
import { CodeStrings } from './codeStrings';
import { ElementScratch } from './elementScratch';
import { envelopeStateSpans, shiftEnvelopeState, walkInterchange } from './envelopeWalk';
import type { EnvelopeState } from './envelopeWalk';
import { InterchangeContext } from './interchangeContext';
import { createDocument } from './parseX12';
import { scanX12 } from './scanner';
import type { ScannedInterchange, ScanResult } from './scanner';
import { SegmentId } from './segmentTable';
import type { SegmentTable } from './segmentTable';
import type { X12Delimiters, X12Document, X12Interchange } from './x12Model';

/**
 * A resumable parse: an 837 read as a stream is parsed piece by piece, each piece behind a seed that
 * carries what the text before it settled (delimiters, the open ISA/GS/ST envelopes and their counts,
 * the component separator the composites use, the binary-junk reports made). The findings of the
 * pieces are those of the whole file parsed at once; a trailer found missing is reported by the piece
 * that finds it missing, at the envelope's own id in an earlier piece (a negative offset).
 *
 * The parse decides where a piece ends: in front of the last claim boundary of the text it is given
 * (a CLM, HL, ST, SE, GS, GE, IEA or ISA that is not the text's last segment), where no claim is open.
 */

/** An interchange the text before the next piece opened and did not close. */
interface OpenInterchange {
  readonly delimiters: X12Delimiters;
  readonly controlNumber: string;
  readonly observedComponent: string | undefined;
  /** The envelope walk's state; its spans are in the next piece's offsets. */
  readonly walk: EnvelopeState;
}

/**
 * What one piece hands to the next: plain data (it survives a structured clone, so a piece can be
 * parsed in a worker). Make the first with {@link firstPieceSeed}.
 */
export interface X12PieceSeed {
  readonly open: OpenInterchange | undefined;
  /** Binary-junk runs reported so far, which a file reports a bounded number of. */
  readonly junkReports: number;
}

export interface PieceParseOptions {
  /** True at the end of the file: the piece takes all of the text and closes what is still open. */
  readonly final: boolean;
  /**
   * Code strings shared by the pieces of one file, since a batch repeats a few thousand codes
   * throughout; the caller bounds it. A fresh table for this piece when absent.
   */
  readonly codeStrings?: CodeStrings;
  /**
   * True when the caller knows the text holds no character of the binary-junk class (it tested the
   * bytes it read), so the piece is not searched for junk: the search would report nothing.
   */
  readonly junkFree?: boolean;
}

/** One parsed piece: the document of `text.slice(0, length)` and the seed of the text after it. */
export interface ParsedX12Piece {
  readonly document: X12Document;
  readonly length: number;
  readonly nextSeed: X12PieceSeed;
}

/** Segments in front of which no claim is open: a piece may end there. */
const boundaryIds = new Set<number>([
  SegmentId.CLM, SegmentId.HL, SegmentId.ST, SegmentId.SE, SegmentId.GS, SegmentId.GE, SegmentId.IEA, SegmentId.ISA,
]);

/** The seed of a file's first piece. */
export function firstPieceSeed(): X12PieceSeed {
  return { open: undefined, junkReports: 0 };
}

/**
 * Where problems of later pieces may point before those pieces start (the open envelopes' ids), as
 * offsets relative to the start of the piece this seed begins: the caller keeps their positions.
 */
export function seedSpans(seed: X12PieceSeed): Span[] {
  return seed.open === undefined ? [] : envelopeStateSpans(seed.open.walk);
}

/**
 * Parses the piece of `text` up to its last claim boundary, or all of `text` when `options.final` (the
 * end of the file). Returns undefined when the text holds no boundary to end a piece at: the caller
 * offers more text. No piece ends inside an interchange whose ISA header could not be read, since the
 * guessed delimiters depend on the text after it.
 */
export function parseX12Piece(text: string, seed: X12PieceSeed, options: PieceParseOptions): ParsedX12Piece | undefined {
  const problems: StructuralProblem[] = [];
  const scan = scanX12(text, problems, seed.open);
  const end = options.final ? { offset: text.length, segment: undefined, opensInterchange: false } : pieceEnd(scan);
  if (end === undefined) return undefined;
  const whole = end.offset === text.length;
  const piece: Piece = {
    text: whole ? text : text.slice(0, end.offset),
    table: scan.table,
    end,
    problems: whole ? problems : problems.filter((problem) => problem.span.offset < end.offset),
    codeStrings: options.codeStrings ?? new CodeStrings(),
  };
  const kept = end.segment === undefined ? scan.interchanges : truncate(scan, end.segment, end.offset);
  const walked = walkPiece(piece, kept, seed.open);
  const junkReports = options.junkFree === true ? seed.junkReports : findBinaryJunk(piece.text, walked.interchanges, piece.problems, seed.junkReports);
  piece.problems.sort((a, b) => a.span.offset - b.span.offset);
  const document = createDocument({ reader: stringReader(piece.text), flat: piece.text }, piece.table, walked.interchanges, walked.contexts, walked.slots, piece.problems);
  return { document, length: end.offset, nextSeed: { open: walked.open, junkReports } };
}

/** The text of one piece as parsed, and what its walk shares. */
interface Piece {
  readonly text: string;
  readonly table: SegmentTable;
  readonly end: PieceEnd;
  readonly problems: StructuralProblem[];
  readonly codeStrings: CodeStrings;
}

/** What walking a piece's interchanges produced; `open` is the interchange the next piece continues. */
interface WalkedPiece {
  readonly interchanges: X12Interchange[];
  readonly contexts: InterchangeContext[];
  readonly slots: ClaimSlots;
  readonly open: OpenInterchange | undefined;
}

/** Walks the piece's interchanges, the first from the seed's state when the piece continues one. */
function walkPiece(piece: Piece, kept: readonly ScannedInterchange[], resumedOpen: OpenInterchange | undefined): WalkedPiece {
  const { end } = piece;
  const interchanges: X12Interchange[] = [];
  const contexts: InterchangeContext[] = [];
  const slots = new ClaimSlots();
  const elements = new ElementScratch();
  let open: OpenInterchange | undefined;
  kept.forEach((interchange, interchangeIndex) => {
    const context = new InterchangeContext(piece.text, piece.table, interchange.delimiters, interchangeIndex, piece.problems, piece.codeStrings, elements);
    const resumed = interchangeIndex === 0 ? resumedOpen : undefined;
    if (resumed !== undefined) context.observedComponent = resumed.observedComponent;
    const continues = end.segment !== undefined && !end.opensInterchange && interchangeIndex === kept.length - 1;
    const walk = walkInterchange(context, interchange, slots, resumed?.walk, continues);
    if (walk.state !== undefined) {
      const { delimiters, controlNumber } = interchange;
      open = { delimiters, controlNumber, observedComponent: context.observedComponent, walk: shiftEnvelopeState(walk.state, -end.offset) };
    }
    contexts.push(context);
    interchanges.push({
      span: { offset: interchange.start, length: Math.max(0, interchange.end - interchange.start) },
      delimiters: interchange.delimiters,
      firstSegment: interchange.firstSegment,
      lastSegment: interchange.lastSegment,
      ...(walk.version === undefined ? {} : { version: walk.version }),
      ...(context.observedComponent === undefined ? {} : { observedComponent: context.observedComponent }),
    });
  });
  return { interchanges, contexts, slots, open };
}

/** Where a piece ends: in front of segment `segment`, at `offset`. */
interface PieceEnd {
  readonly offset: number;
  /** Undefined when the piece takes the whole text. */
  readonly segment: number | undefined;
  /** True when that segment is an ISA: the piece closes its last interchange. */
  readonly opensInterchange: boolean;
}

/** The last boundary that is not the text's first or last segment (the last may be cut short), if any. */
function pieceEnd(scan: ScanResult): PieceEnd | undefined {
  const { table, interchanges } = scan;
  if (interchanges.some((interchange) => interchange.guessed)) return undefined;
  for (let index = table.count - 2; index > 0; index--) {
    const id = table.ids[index] ?? 0;
    if (boundaryIds.has(id)) return { offset: table.startOf(index), segment: index, opensInterchange: id === SegmentId.ISA };
  }
  return undefined;
}

/** The scanned interchanges in front of segment `segment`, the last one ending there; the table forgets the rest. */
function truncate(scan: ScanResult, segment: number, offset: number): ScannedInterchange[] {
  scan.table.truncate(segment);
  const kept: ScannedInterchange[] = [];
  for (const interchange of scan.interchanges) {
    if (interchange.firstSegment >= segment) break;
    kept.push(interchange.lastSegment < segment ? interchange : { ...interchange, lastSegment: segment - 1, end: offset });
  }
  return kept;
}
