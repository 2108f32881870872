import type { Position, Range } from 'vscode-languageserver-types';
import type { TextReader } from './document/textReader';

/**
 * A run of characters in a document, by offset. The parsers and rules work only on spans; the
 * single place that turns a span into an LSP {@link Range} is {@link toRange}.
 */
export interface Span {
  readonly offset: number;
  readonly length: number;
}

/**
 * The minimal view of a text document that the features need: its text through a reader (never as one
 * string, see {@link TextReader}) and the conversion between offsets and positions.
 */
export interface TextSource {
  readonly uri: string;
  readonly version: number;
  readonly text: TextReader;
  positionAt(offset: number): Position;
  offsetAt(position: Position): number;
}

/** Creates a span from a start and an end offset (end exclusive). */
export function spanOf(start: number, end: number): Span {
  return { offset: start, length: Math.max(0, end - start) };
}

/** Whether the offset lies inside the span or touches its end (a cursor right after a code counts). */
export function spanContains(span: Span, offset: number): boolean {
  return offset >= span.offset && offset <= span.offset + span.length;
}

/** Converts a span to an LSP range. This is the only span-to-range conversion in the project. */
export function toRange(document: TextSource, span: Span): Range {
  return {
    start: document.positionAt(span.offset),
    end: document.positionAt(span.offset + span.length),
  };
}

/** The end offset (exclusive) of a span. */
export function spanEnd(span: Span): number {
  return span.offset + span.length;
}
