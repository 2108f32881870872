/**
 * Where one interchange ends and the next begins, recognised in the text alone: in front of an `ISA`
 * whose element separator is readable and whose segment terminator (the header's 106th character)
 * ends the segment before it, which is an `IEA`, with nothing but line breaks in between. The
 * streaming reader ends a piece at each such place (x12Pieces.ts) and the parallel checker splits a
 * large file at some of them (parallel/interchangeCutter.ts), so a range of the file starting there
 * is cut into the same pieces as the whole file and its findings come out in the same order.
 */

/** An ISA header is 106 characters; its last is the segment terminator. */
export const isaLength = 106;

function isWordCharacter(character: string): boolean {
  return /[A-Za-z0-9\s]/.test(character);
}

/**
 * True when an interchange may start at `at` and the segment before it is an IEA ending in the
 * header's terminator, with only line breaks in between. `startsSegment`: the text starts at a
 * segment (a piece does), so an IEA at its very start counts; otherwise a segment must be seen to end
 * before the IEA.
 */
export function isInterchangeCut(text: string, at: number, startsSegment = false): boolean {
  if (at === 0 || !text.startsWith('ISA', at) || at + isaLength > text.length) return false;
  const separator = text.charAt(at + 3);
  const terminator = text.charAt(at + isaLength - 1);
  if (isWordCharacter(separator) || isWordCharacter(terminator) || separator === terminator) return false;
  let end = at;
  while (end > 0 && (text.charAt(end - 1) === '\n' || text.charAt(end - 1) === '\r')) end--;
  if (end === 0 || text.charAt(end - 1) !== terminator) return false;
  const previous = text.lastIndexOf(terminator, end - 2);
  if (previous === -1 && !startsSegment) return false;
  let start = previous + 1;
  while (text.charAt(start) === '\n' || text.charAt(start) === '\r') start++;
  return text.startsWith('IEA', start) && text.charAt(start + 3) === separator;
}

