import type { Position } from 'vscode-languageserver-types';
import { firstPieceSeed, parseX12Piece, seedSpans } from '../service/x12/pieceParse';
import type { ParsedX12Piece, PieceParseOptions, X12PieceSeed } from '../service/x12/pieceParse';
import { CodeStrings } from '../service/x12/codeStrings';
import type { X12Document } from '../service/x12/x12Model';
import { cutLookback, CutChain, defaultCutSpacing, isaLength, isInterchangeCut } from './interchangeCut';
import { LineStarts } from './lineStarts';
import { PositionCounter } from './positionCounter';
import { TextQueue } from './textQueue';

/**
 * Reads a stream of X12 text as pieces of whole claims, so the command line checks a file of any
 * size in constant memory, even one interchange of a gigabyte. Each piece is parsed by the service's
 * resumable parse (server/src/service/x12/pieceParse.ts), seeded with what the text before it settled;
 * that parse also says where the piece ends (in front of its last claim boundary). Findings are
 * positioned in the whole file. The pieces joined give back the text.
 *
 * A piece also ends at some of the places where an IEA is directly followed by an ISA (the rule is in
 * interchangeCut.ts): the next piece then starts afresh, exactly as a worker checking the file from
 * that place starts, so a file split among workers there is cut into the same pieces and reports its
 * findings in the same order.
 */

/** One parsed piece of an X12 file. */
export interface X12Piece {
  readonly text: string;
  /** Where `text` starts in the file. */
  readonly start: Position;
  readonly document: X12Document;
  /**
   * Positions of offsets before the piece (negative, relative to its start) that its problems may
   * point at: the ids of envelopes opened in an earlier piece and found without a trailer here.
   */
  readonly earlier: ReadonlyMap<number, Position>;
  /** Where the lines after the piece's first start, relative to its start, when the reader counted them. */
  readonly lineStarts?: LineStarts;
}

/** Thrown when no claim boundary occurs for longer than the piece limit, so the user gets a message instead of a crash. */
export class PieceTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`holds more than ${Math.round(limit / (1024 * 1024))} MB without a claim or interchange boundary, which cannot be checked in one piece`);
  }
}

export interface PieceOptions {
  /** How much text a piece is cut from: it ends at the last claim boundary within this many characters. */
  readonly targetChars: number;
  /** A piece that outgrows this without a boundary is refused (V8 strings stop at about 512 M characters). */
  readonly maxPieceChars: number;
  /** The least distance between interchange cuts that end a piece (see interchangeCut.ts); tests make it small. */
  readonly cutSpacing?: number;
}

/**
 * A quarter megabyte (about 700 claims): the per-piece work is still noise, and the garbage of a piece's
 * parse stays small. A 1 GB single interchange peaked at 242 MB RSS with these pieces, 267 MB with 1 MB
 * pieces and 330 MB with 4 MB pieces, in the same time.
 */
export const defaultPieceOptions: PieceOptions = { targetChars: 256 * 1024, maxPieceChars: 256 * 1024 * 1024 };

const CR = 13;

/** {@link PieceReader.interchangeCut}: an ISA header within reach is not yet complete. */
const needMoreText = -1;

/** The shared code strings are replaced past this many distinct codes, so a file full of junk codes stays bounded. */
const maxCodeStrings = 50_000;

/** The stream's reading state: the text not yet in a piece, and what the pieces so far settled. */
class PieceReader {
  /** The text read and not yet in a piece. */
  readonly #buffer = new TextQueue();
  #seed: X12PieceSeed = firstPieceSeed();
  /** How much of the buffer the next piece is cut from; doubled while no boundary is found in it. */
  #window: number;
  readonly #counter = new PositionCounter();
  #start: Position;
  #earlier: ReadonlyMap<number, Position> = new Map();
  #firstRead = true;
  #codeStrings = new CodeStrings();
  /** The text before the buffer that an interchange cut near its start looks back at. */
  #tail = '';
  /** Characters read before the buffer. */
  #consumed = 0;
  readonly #cuts: CutChain;
  /**
   * Where the search for the next interchange cut resumes in the buffer: every `ISA` before it has
   * been looked at and ends no piece (a cut's answer never changes once its header is read), so a
   * single-interchange file is searched once rather than once per piece.
   */
  #isaFrom = 0;
  /** How many line starts the next piece is expected to have: a little more than the piece before. */
  #lineCapacity = 0;

  /**
   * @param origin Where the text read starts in the file (a range of it checked by a worker).
   * @param reads What the reads held, when the caller tested their bytes: the text appended so far is then free of binary junk while `reads.clean`.
   */
  constructor(private readonly options: PieceOptions, private readonly origin: Position, private readonly reads: { readonly clean: boolean } | undefined) {
    this.#window = options.targetChars;
    this.#start = origin;
    this.#cuts = new CutChain(options.cutSpacing ?? defaultCutSpacing);
  }

  append(text: string): void {
    // Editors hide a UTF-8 byte order mark, so columns on line 1 are counted without it here too.
    this.#buffer.append(this.#firstRead && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    this.#firstRead = false;
  }

  /** The next complete piece, or undefined when more text is needed. */
  next(): X12Piece | undefined {
    while (this.#buffer.length >= this.#window) {
      const cut = this.#interchangeCut(this.#window, false);
      if (cut === needMoreText) return undefined;
      if (cut !== undefined) return this.#takeUpTo(cut);
      const text = this.#buffer.slice(0, this.#window);
      const parsed = parseX12Piece(text, this.#seed, this.#parseOptions(false));
      if (parsed !== undefined) return this.#take(parsed, text);
      if (this.#window >= this.options.maxPieceChars) throw new PieceTooLargeError(this.options.maxPieceChars);
      this.#window = Math.min(this.#window * 2, this.options.maxPieceChars);
    }
    return undefined;
  }

  /** The next piece of the rest of the text, once the stream has ended; undefined when none is left. */
  last(): X12Piece | undefined {
    if (this.#buffer.length === 0) return undefined;
    return this.#takeUpTo(this.#interchangeCut(this.#buffer.length, true) ?? this.#buffer.length);
  }

  /**
   * The piece of all the text before `end` (an interchange cut, or the end of the text), which a final
   * parse takes whole. The text handed on goes one character further when there is one: the position
   * counter must see whether a CR at the end is followed by its LF.
   */
  #takeUpTo(end: number): X12Piece {
    const text = this.#buffer.slice(0, end + 1);
    const pieceText = text.length > end ? text.slice(0, end) : text;
    return this.#take(parseX12Piece(pieceText, this.#seed, this.#parseOptions(true)) as ParsedX12Piece, text);
  }

  /**
   * The first place at or before `limit` where the next interchange starts after an IEA, if any;
   * {@link needMoreText} when an ISA there is not yet read in full (unless `ended`).
   */
  #interchangeCut(limit: number, ended: boolean): number | undefined {
    const buffer = this.#buffer;
    let at = buffer.indexOf('ISA', this.#isaFrom);
    for (; at !== -1 && at <= limit; at = buffer.indexOf('ISA', at + 1)) {
      if (at + isaLength > buffer.length) return ended ? undefined : needMoreText;
      // The test reads at most `cutLookback` characters before the ISA and its header after it.
      const isCut = at >= cutLookback
        ? isInterchangeCut(buffer.slice(at - cutLookback, at + isaLength), cutLookback)
        : isInterchangeCut(this.#tail + buffer.slice(0, at + isaLength), this.#tail.length + at);
      // A cut at the buffer's start already ends the piece before; it still counts in the chain.
      if (isCut && this.#cuts.endsPiece(this.#consumed + at) && at > 0) return at;
      this.#isaFrom = at + 1;
    }
    // No ISA lies between the last one looked at and the next one found (or, when none is found, up to
    // the last two characters, which may start one that the next read completes).
    this.#isaFrom = at === -1 ? Math.max(this.#isaFrom, buffer.length - 2) : at;
    return undefined;
  }

  #parseOptions(final: boolean): PieceParseOptions {
    if (this.#codeStrings.size > maxCodeStrings) this.#codeStrings = new CodeStrings();
    // Every piece is cut from text already appended, which the reads then vouch for.
    return { final, codeStrings: this.#codeStrings, junkFree: this.reads?.clean === true };
  }

  /** The piece `parsed` took from the start of `read` (the text it was parsed from, or a character more). */
  #take(parsed: ParsedX12Piece, read: string): X12Piece {
    const { length, nextSeed } = parsed;
    const text = read.slice(0, length);
    // The counter stands at the piece's start and passes each of its lines once, below.
    const lineStarts = new LineStarts(this.#lineCapacity);
    this.#counter.collectLineStarts(lineStarts);
    // Positions are counted front to back: the envelope ids the next pieces may point at, then the cut.
    const offsets = [...new Set(seedSpans(nextSeed).flatMap((span) => [span.offset, span.offset + span.length]))].sort((a, b) => a - b);
    const earlier = new Map<number, Position>();
    for (const offset of offsets) {
      const here = length + offset;
      const position = here >= 0 ? this.#inFile(this.#counter.positionAt(read, here)) : this.#earlier.get(here);
      if (position !== undefined) earlier.set(offset, position);
    }
    const start = this.#start;
    this.#start = this.#inFile(this.#counter.positionAt(read, length));
    this.#counter.collectLineStarts(undefined);
    this.#lineCapacity = lineStarts.count + (lineStarts.count >> 3);
    // A piece ending in a CR whose LF comes after it has one more line for itself than the counter, which sees the LF.
    const counted = text.charCodeAt(length - 1) !== CR;
    const piece: X12Piece = counted ? { text, start, document: parsed.document, earlier: this.#earlier, lineStarts } : { text, start, document: parsed.document, earlier: this.#earlier };
    this.#earlier = earlier;
    this.#counter.rebase(length);
    this.#tail = length >= cutLookback ? read.slice(length - cutLookback, length) : (this.#tail + text).slice(-cutLookback);
    this.#consumed += length;
    this.#buffer.drop(length);
    this.#isaFrom = Math.max(0, this.#isaFrom - length);
    this.#seed = nextSeed;
    this.#window = this.options.targetChars;
    return piece;
  }

  /** A position counted from the start of the text read, in the whole file. */
  #inFile(position: Position): Position {
    const { origin } = this;
    if (origin.line === 0 && origin.character === 0) return position;
    if (position.line === 0) return { line: origin.line, character: origin.character + position.character };
    return { line: origin.line + position.line, character: position.character };
  }
}

/**
 * Yields the pieces of an X12 stream in order. A leading byte order mark is dropped, as editors hide it.
 * `origin` is where the stream starts in the file when it is a range of the file. `reads` (see
 * `CleanReads`), when the chunks' bytes were tested as they were read: while it is clean, the pieces
 * are not searched for binary junk.
 */
export async function* readX12Pieces(
  chunks: AsyncIterable<string>, options: PieceOptions = defaultPieceOptions, origin: Position = { line: 0, character: 0 }, reads?: { readonly clean: boolean },
): AsyncGenerator<X12Piece> {
  const reader = new PieceReader(options, origin, reads);
  for await (const chunk of chunks) {
    reader.append(chunk);
    for (let piece = reader.next(); piece !== undefined; piece = reader.next()) yield piece;
  }
  for (let piece = reader.last(); piece !== undefined; piece = reader.last()) yield piece;
}
