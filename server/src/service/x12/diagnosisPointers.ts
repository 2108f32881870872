import type { DiagnosisMention, Encounter } from '../model';
import type { InterchangeContext } from './interchangeContext';
import type { X12Delimiters } from './x12Model';
import { splitElements } from './elements';

/**
 * Diagnosis code pointers of an 837P service line (SV107): each component is the position, 1 to 12,
 * of a diagnosis in the claim's HI segment. A pointer past the claim's diagnoses, zero, or not a number
 * leaves the line linked to nothing, and payers reject the claim.
 */

/** The most diagnoses an 837P claim carries (HI01–HI12), so the largest pointer there can be. */
export const MAX_DIAGNOSIS_POINTER = 12;

/** SV107 is the seventh element (`ElementScratch.pointers` holds the bounds of seven). */
const POINTER_ELEMENT = 7;

/** The position a pointer names (1-based), or 0 when it is not one or two digits naming 1 to 12. */
export function pointerPosition(text: string, start: number, end: number): number {
  if (end - start < 1 || end - start > 2) return 0;
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return 0;
    value = value * 10 + digit;
  }
  return value <= MAX_DIAGNOSIS_POINTER ? value : 0;
}

/** Whether a pointer names a diagnosis of a claim that has `diagnosisCount` of them. */
export function pointsAtDiagnosis(position: number, diagnosisCount: number): boolean {
  return position >= 1 && position <= diagnosisCount;
}

/**
 * Writes the component bounds of the SV107 of the SV1 segment `[start, end)` into the context's
 * `parts` and returns how many, or 0 when the segment has no SV107.
 */
export function readPointerComponents(context: InterchangeContext, start: number, end: number): number {
  const { text, delimiters } = context;
  const bounds = context.elements.pointers;
  if (splitElements(text, start, end, delimiters.element, bounds) < POINTER_ELEMENT) return 0;
  const elementStart = bounds[(POINTER_ELEMENT - 1) * 2] ?? 0;
  const elementEnd = bounds[(POINTER_ELEMENT - 1) * 2 + 1] ?? 0;
  if (elementEnd === elementStart) return 0;
  return context.components(elementStart, elementEnd);
}

/**
 * A sticky pattern that, matched at the start of a segment, ends just after the separator in front of
 * its SV107: {@link POINTER_ELEMENT} runs of anything but the element separator and the segment
 * terminator, each closed by an element separator. It cannot run past the segment's terminator, so it
 * fails on a segment with fewer elements. One per interchange, kept in its context.
 */
export function pointerElementPattern(delimiters: X12Delimiters): RegExp {
  const element = patternCharacter(delimiters.element);
  return new RegExp(`(?:[^${element}${patternCharacter(delimiters.segment)}]*${element}){${POINTER_ELEMENT}}`, 'y');
}

/** One character as a pattern escape, so any delimiter means itself inside and outside a character class. */
function patternCharacter(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** What {@link highestPointer} returns for a line with a pointer that is not a position from 1 to 12. */
export const NOT_A_POINTER = -1;

/**
 * The highest position the SV107 pointers of the SV1 segment `[start, end)` name (0 when it has none),
 * or {@link NOT_A_POINTER} when one of them is not a position at all. The claim screen asks it of every
 * service line while it reads the claim's codes: a claim with a pointer past its diagnoses must be
 * built, so that the rule sees it. The segment is read in one pass, as {@link highestPointerBySplitting}
 * reads it, except in an interchange whose composites use another separator than ISA16.
 */
export function highestPointer(context: InterchangeContext, start: number, end: number): number {
  if (context.observedComponent !== undefined) return highestPointerBySplitting(context, start, end);
  const { text, delimiters } = context;
  const elementCode = delimiters.element.charCodeAt(0);
  const componentCode = delimiters.component.charCodeAt(0);
  // The separator in front of SV107, found by the engine's pattern matcher rather than a loop over every character.
  const pattern = (context.pointerElementPattern ??= pointerElementPattern(delimiters));
  pattern.lastIndex = start;
  if (!pattern.test(text) || pattern.lastIndex > end) return 0;
  let cursor = pattern.lastIndex - 1;
  let highest = 0;
  let components = 0;
  let length = 0;
  let value = 0;
  for (cursor++; ; cursor++) {
    const code = cursor < end ? text.charCodeAt(cursor) : elementCode;
    if (code !== elementCode && code !== componentCode) {
      // A third character, or any that is not a digit, makes the component no position.
      value = code >= 48 && code <= 57 && length < 2 ? value * 10 + code - 48 : MAX_DIAGNOSIS_POINTER + 1;
      length++;
      continue;
    }
    // An empty component (`1:2::`) points at nothing and is not a pointer.
    if (length > 0) {
      if (value < 1 || value > MAX_DIAGNOSIS_POINTER) return NOT_A_POINTER;
      if (value > highest) highest = value;
    }
    if (code === elementCode || ++components === MAX_POINTER_COMPONENTS) return highest;
    length = 0;
    value = 0;
  }
}

/** The components {@link InterchangeContext.components} reads of one element, so the most the screen reads. */
const MAX_POINTER_COMPONENTS = 32;

/** {@link highestPointer} by splitting the segment into elements and its SV107 into components. */
export function highestPointerBySplitting(context: InterchangeContext, start: number, end: number): number {
  const { text, parts } = context;
  const count = readPointerComponents(context, start, end);
  let highest = 0;
  for (let part = 0; part < count; part++) {
    const pointerStart = parts[part * 2] ?? 0;
    const pointerEnd = parts[part * 2 + 1] ?? 0;
    // An empty trailing component (`1:2::`) points at nothing and is not a pointer.
    if (pointerEnd === pointerStart) continue;
    const position = pointerPosition(text, pointerStart, pointerEnd);
    if (position === 0) return NOT_A_POINTER;
    if (position > highest) highest = position;
  }
  return highest;
}

/** The claim's diagnoses in the order written: pointer 1 is the first code written in HI. */
export function diagnosesAsWritten(encounter: Encounter): DiagnosisMention[] {
  return [...encounter.diagnoses].sort((a, b) => a.span.offset - b.span.offset);
}

/** The diagnosis a pointer's text names among `written` (see {@link diagnosesAsWritten}), or undefined. */
export function diagnosisOfPointer(written: readonly DiagnosisMention[], value: string): DiagnosisMention | undefined {
  return /^\d{1,2}$/.test(value) ? written[Number(value) - 1] : undefined;
}
