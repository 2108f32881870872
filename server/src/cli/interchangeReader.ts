/**
 * Cuts a stream of X12 text into whole interchanges (ISA … IEA), so the command line holds one
 * interchange at a time instead of the whole file: a batch of many interchanges is checked in the
 * memory of its largest one.
 *
 * A cut is made only in front of an `ISA` that starts a segment, i.e. whose nearest preceding
 * non-blank character is the segment terminator of the interchange before it. Delimiters are read
 * from each ISA header, never assumed. Text before the first ISA and blank lines between
 * interchanges stay with the piece they follow, so the pieces joined give back the file exactly.
 *
 * Interchanges are the smallest safe unit today because envelope checks (SE/GE/IEA counts and
 * control numbers) need the whole envelope. A single interchange larger than memory allows needs
 * a cut at claim (HL/CLM) boundaries with the envelope header carried along; that is issue 4.
 */

/** The segment terminator of the ISA header starting at `isaOffset`, or undefined when the header is incomplete. */
export function isaTerminator(text: string, isaOffset: number): string | undefined {
  const element = text.charAt(isaOffset + 3);
  if (element === '' || /[\sA-Za-z0-9]/.test(element)) return undefined;
  // ISA has sixteen elements; the terminator follows the one-character ISA16.
  let cursor = isaOffset + 3;
  for (let count = 0; count < 16; count++) {
    cursor = text.indexOf(element, cursor);
    if (cursor === -1 || cursor - isaOffset > 200) return undefined;
    cursor += 1;
  }
  const terminator = text.charAt(cursor + 1);
  return terminator === '' ? undefined : terminator;
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/**
 * The offset of the next interchange start at or after `from`, given the current segment
 * terminator; -1 when there is none in `text` yet.
 */
export function findNextInterchange(text: string, from: number, terminator: string): number {
  let candidate = text.indexOf('ISA', from);
  while (candidate !== -1) {
    let before = candidate - 1;
    while (before >= 0 && isBlank(text.charCodeAt(before))) before--;
    const separator = text.charAt(candidate + 3);
    if (before >= 0 && text.charAt(before) === terminator && separator !== '' && !/[\sA-Za-z0-9]/.test(separator)) return candidate;
    candidate = text.indexOf('ISA', candidate + 1);
  }
  return -1;
}

/** Thrown when one interchange outgrows the piece limit, so the user gets a clear message instead of a crash. */
export class InterchangeTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`holds an interchange larger than ${Math.round(limit / (1024 * 1024))} MB, which cannot be checked in one piece yet`);
  }
}

/**
 * The default piece limit in characters. V8 strings cannot exceed about 512 M characters, and the
 * parse of a piece needs several times its size, so larger interchanges are refused cleanly.
 */
export const defaultMaxPieceChars = 256 * 1024 * 1024;

/** Yields consecutive pieces of the input, each holding at most one interchange (see above). */
export async function* readInterchanges(chunks: AsyncIterable<string>, maxPieceChars = defaultMaxPieceChars): AsyncGenerator<string> {
  let buffer = '';
  /** Where the current interchange's ISA starts in `buffer`, once found. */
  let isaAt = -1;
  let terminator: string | undefined;
  /** How far the search for the next interchange has looked, so no text is scanned twice. */
  let searchFrom = 0;
  const iterator = chunks[Symbol.asyncIterator]();
  let done = false;
  while (!done) {
    const next = await iterator.next();
    if (next.done === true) done = true;
    else buffer += next.value;
    for (;;) {
      if (isaAt === -1) {
        isaAt = buffer.indexOf('ISA');
        if (isaAt === -1) break;
      }
      if (terminator === undefined) {
        terminator = isaTerminator(buffer, isaAt);
        if (terminator === undefined) break;
        searchFrom = isaAt + 3;
      }
      const cut = findNextInterchange(buffer, searchFrom, terminator);
      if (cut === -1) {
        // Keep the last few characters in the window: a blank run plus "ISA" may straddle chunks.
        searchFrom = Math.max(searchFrom, buffer.length - 3);
        break;
      }
      yield buffer.slice(0, cut);
      buffer = buffer.slice(cut);
      isaAt = 0;
      terminator = undefined;
    }
    // What is left is one unfinished interchange; it must fit in one piece.
    if (buffer.length > maxPieceChars) throw new InterchangeTooLargeError(maxPieceChars);
  }
  if (buffer.length > 0) yield buffer;
}
