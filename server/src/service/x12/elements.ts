import { isAlphanumeric } from './isaHeader';
import type { X12Delimiters } from './x12Model';

/**
 * Splitting a segment into elements and components on demand. Results are flat number arrays of
 * `[start, end, start, end, ...]` so the claim pass can read a handful of segments without objects.
 */

/** Whether `text[start, end)` consists only of letters and digits (X12 codes carry no dot or punctuation). */
export function isCleanCode(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const ok = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    if (!ok) return false;
  }
  return true;
}

/**
 * The offset of the first `character` in `[from, end)`, or -1. Unlike `indexOf` it never looks past
 * `end`: a delimiter may be absent for megabytes after a segment, and searching that far once per
 * element made damaged files quadratic.
 */
export function indexWithin(text: string, character: string, from: number, end: number): number {
  const code = character.charCodeAt(0);
  for (let i = from; i < end; i++) if (text.charCodeAt(i) === code) return i;
  return -1;
}

/**
 * The data elements of the segment `[start, end)` as flat bounds; element 1 (e.g. HI01) comes first.
 * The segment id is skipped.
 */
export function elementBounds(text: string, start: number, end: number, element: string): number[] {
  const bounds: number[] = [];
  let separator = indexWithin(text, element, start, end);
  if (separator === -1) return bounds;
  while (separator !== -1 && separator < end) {
    const elementStart = separator + 1;
    let next = indexWithin(text, element, elementStart, end);
    if (next === -1) next = end;
    bounds.push(elementStart, next);
    separator = next < end ? next : -1;
  }
  return bounds;
}

/**
 * Writes the data elements of the segment `[start, end)` into `out` as flat bounds and returns how many
 * it wrote. The hot path uses this with a reused buffer; elements beyond the buffer are not reported.
 */
export function splitElements(text: string, start: number, end: number, element: string, out: Int32Array): number {
  const capacity = out.length >> 1;
  let count = 0;
  let separator = indexWithin(text, element, start, end);
  while (separator !== -1 && separator < end && count < capacity) {
    const elementStart = separator + 1;
    let next = indexWithin(text, element, elementStart, end);
    if (next === -1) next = end;
    out[count * 2] = elementStart;
    out[count * 2 + 1] = next;
    count++;
    separator = next < end ? next : -1;
  }
  return count;
}

/** Like {@link splitElements} for the components of the element `[start, end)` (at least one). */
export function splitComponents(text: string, start: number, end: number, component: string, out: Int32Array): number {
  const capacity = out.length >> 1;
  let count = 0;
  let componentStart = start;
  while (count < capacity) {
    let next = indexWithin(text, component, componentStart, end);
    if (next === -1) next = end;
    out[count * 2] = componentStart;
    out[count * 2 + 1] = next;
    count++;
    if (next >= end) break;
    componentStart = next + 1;
  }
  return count;
}

function isUpperLetter(code: number): boolean {
  return code >= 65 && code <= 90;
}

/**
 * When an element holds no declared component separator but starts with a qualifier followed by a
 * punctuation character (`BK>53081` in a file whose ISA16 is `:`), returns that character.
 */
export function findUndeclaredComponent(text: string, start: number, end: number, delimiters: X12Delimiters): string | undefined {
  let position = start;
  while (position < end && position - start < 3 && isUpperLetter(text.charCodeAt(position))) position++;
  if (position === start || position >= end - 1) return undefined;
  const code = text.charCodeAt(position);
  if (isAlphanumeric(code) || code <= 32 || code === 46 || code === 45) return undefined;
  const character = text.charAt(position);
  if (character === delimiters.element || character === delimiters.segment || character === delimiters.repetition) return undefined;
  return character;
}
