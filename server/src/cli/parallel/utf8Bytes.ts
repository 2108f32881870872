import { isAscii } from 'node:buffer';

/**
 * Questions about UTF-8 bytes that the file cutter answers without decoding them: how many UTF-16
 * units (the characters editors count) a run of bytes holds, whether it holds a control character
 * the checker would report as binary junk, and where a read ends inside a character. The cutter
 * reads every byte of a large file on the main thread, so these run over words, or natively, rather
 * than over a decoded string.
 */

/** Bytes of a character encoded after its lead byte are 0b10xxxxxx. */
function isContinuation(byte: number): boolean {
  return (byte & 0xc0) === 0x80;
}

/**
 * The UTF-16 units that `bytes[from, to)` decodes to, when the run is valid UTF-8 and starts and ends
 * on character boundaries: one per character, two for one of four bytes (a surrogate pair).
 */
export function utf16Units(bytes: Uint8Array, from: number, to: number): number {
  if (to <= from) return 0;
  if (isAscii(bytes.subarray(from, to))) return to - from;
  let units = 0;
  for (let at = from; at < to; at++) {
    const byte = bytes[at] as number;
    if (!isContinuation(byte)) units += byte >= 0xf0 ? 2 : 1;
  }
  return units;
}

/** Whether one byte is a control character other than a tab or a line break, or DEL. */
function isControlJunk(byte: number): boolean {
  return byte < 0x20 ? byte !== 0x09 && byte !== 0x0a && byte !== 0x0d : byte === 0x7f;
}

function anyControlJunk(bytes: Uint8Array, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (isControlJunk(bytes[at] as number)) return true;
  return false;
}

/**
 * Whether `bytes[from, to)` holds a control character other than a tab or a line break, or DEL:
 * what the checker reports as binary junk (binaryJunk.ts; no byte of a longer UTF-8 character is
 * below 0x80). Four bytes are tested at once: a word with a byte below 0x20 or equal to 0x7f is
 * looked at byte by byte, so a file of one segment per line pays that only for the line breaks.
 */
export function hasControlJunk(bytes: Uint8Array, from: number, to: number): boolean {
  const alignedFrom = Math.min(to, from + ((4 - ((bytes.byteOffset + from) & 3)) & 3));
  if (anyControlJunk(bytes, from, alignedFrom)) return true;
  const wordCount = (to - alignedFrom) >>> 2;
  if (wordCount === 0) return anyControlJunk(bytes, alignedFrom, to);
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset + alignedFrom, wordCount);
  for (let index = 0; index < wordCount; index++) {
    const word = words[index] as number;
    const del = word ^ 0x7f7f7f7f;
    // The classic test for a zero byte, on the word and on the word XOR 0x7f…: a byte below 0x20 or a DEL.
    if ((((word - 0x20202020) & ~word) | ((del - 0x01010101) & ~del)) & 0x80808080) {
      const at = alignedFrom + index * 4;
      if (anyControlJunk(bytes, at, at + 4)) return true;
    }
  }
  return anyControlJunk(bytes, alignedFrom + wordCount * 4, to);
}

/**
 * How many bytes at the end of `bytes[0, to)` begin a character that is not complete there (0 to 3):
 * the next read completes it, so the cutter keeps them for then.
 */
export function incompleteTail(bytes: Uint8Array, to: number): number {
  for (let back = 1; back <= 3 && back <= to; back++) {
    const byte = bytes[to - back] as number;
    if (!isContinuation(byte)) {
      const needs = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
      return needs > back ? back : 0;
    }
  }
  return 0;
}
