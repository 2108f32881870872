/**
 * Where one interchange ends and the next begins, recognised in the text alone: in front of an `ISA`
 * whose element separator is readable and whose segment terminator (the header's 106th character)
 * ends the segment before it, which is an `IEA`, with nothing but line breaks in between. The
 * streaming reader ends a piece at such a place when it lies at least {@link defaultCutSpacing}
 * characters after the last place it did so (x12Pieces.ts), and the parallel checker splits a large
 * file only at such places (parallel/interchangeCutter.ts), both by the same rule, so a range of the
 * file starting there is cut into the same pieces as the whole file and its findings come out in the
 * same order (a trailer found missing is reported with the piece that finds it missing).
 */

/** An ISA header is 106 characters; its last is the segment terminator. */
export const isaLength = 106;

/** How far before an ISA the IEA and the line breaks after it are looked for: the same for every caller, so all agree. */
export const cutLookback = 256;

function isWordCharacter(character: string): boolean {
  return /[A-Za-z0-9\s]/.test(character);
}

/**
 * True when an interchange may start at `at` and the segment before it is an IEA ending in the
 * header's terminator, with only line breaks in between, all within the {@link cutLookback}
 * characters before `at` (the segment before the IEA must be seen to end there).
 */
export function isInterchangeCut(text: string, at: number): boolean {
  if (at === 0 || !text.startsWith('ISA', at) || at + isaLength > text.length) return false;
  const separator = text.charAt(at + 3);
  const terminator = text.charAt(at + isaLength - 1);
  if (isWordCharacter(separator) || isWordCharacter(terminator) || separator === terminator) return false;
  const floor = Math.max(0, at - cutLookback);
  let end = at;
  while (end > floor && (text.charAt(end - 1) === '\n' || text.charAt(end - 1) === '\r')) end--;
  if (end === floor || text.charAt(end - 1) !== terminator) return false;
  const previous = text.lastIndexOf(terminator, end - 2);
  if (previous < floor) return false;
  let start = previous + 1;
  while (text.charAt(start) === '\n' || text.charAt(start) === '\r') start++;
  return text.startsWith('IEA', start) && text.charAt(start + 3) === separator;
}


/**
 * The least distance in characters between two interchange cuts that end a piece: a batch of many
 * small interchanges is not checked one interchange a piece, which is far slower.
 */
export const defaultCutSpacing = 1 << 20;

/**
 * The chain of piece-ending interchange cuts of one text read front to back: a cut ends a piece when
 * it lies at least `spacing` characters after the last one that did (or after the start). Offsets are
 * counted from the start of the text read; asking about the same offset again gives the same answer.
 */
export class CutChain {
  #last = 0;

  constructor(private readonly spacing: number) {}

  /** Whether the interchange cut at `offset` ends a piece; it then becomes the last one. */
  endsPiece(offset: number): boolean {
    if (offset === this.#last) return true;
    if (offset - this.#last < this.spacing) return false;
    this.#last = offset;
    return true;
  }
}
