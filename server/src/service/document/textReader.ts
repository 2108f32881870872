/**
 * How the service reads a document's text: its length, one character, or a slice. There is no way to
 * ask for the whole text as one string except `slice(0, length)`, written out where a feature truly
 * needs it (formatting, masking, a full parse), so that the rule "an edit never makes the server copy
 * a large text" is visible in the types: a 20 MB text that an edit made of pieces stays in pieces
 * while hover, completion and the diagnostics of the edited claims read only what they need.
 */
export interface TextReader {
  readonly length: number;
  /** The UTF-16 code unit at `offset`, NaN outside the text (as `String.prototype.charCodeAt`). */
  charCodeAt(offset: number): number;
  /** The text in `[start, end)`, clamped to the text (as `String.prototype.slice` with non-negative bounds). */
  slice(start: number, end: number): string;
}

/** A reader over a flat string. */
export function stringReader(text: string): TextReader {
  return {
    length: text.length,
    charCodeAt: (offset) => text.charCodeAt(offset),
    slice: (start, end) => text.slice(start, end),
  };
}

/** The whole text as one string; call it only where the whole text is the point (it copies a text kept in pieces). */
export function wholeText(reader: TextReader): string {
  return reader.slice(0, reader.length);
}
