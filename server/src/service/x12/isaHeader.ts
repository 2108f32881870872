import type { StructuralProblem } from '../model';
import { spanOf } from '../spans';
import type { X12Delimiters } from './x12Model';

/**
 * Reading the delimiters of one interchange from its ISA header. The header is nominally 106
 * characters wide, but 4010 senders often do not pad the fields, so ISA16 is found by counting
 * element separators rather than by fixed offsets.
 */

/** The result of reading one ISA header. */
export interface IsaHeader {
  readonly delimiters: X12Delimiters;
  /** Offset of the segment terminator that closes the ISA segment. */
  readonly terminatorOffset: number;
  /** ISA13, the interchange control number, for the IEA02 check. */
  readonly controlNumber: string;
}

/** How far past "ISA" a header may reach before it counts as truncated (106 plus generous slack). */
const MAX_ISA_LENGTH = 200;

/** Characters that may not serve as delimiters because they make data ambiguous. */
/** An ASCII letter or digit: never a delimiter, and never next to an `ISA` that starts a segment. */
export function isAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * Reads the ISA header that starts at `isaOffset` (pointing at the `I` of `ISA`). Returns undefined
 * and pushes a problem when the header is too short or its delimiters collide.
 */
export function readIsaHeader(text: string, isaOffset: number, problems: StructuralProblem[]): IsaHeader | undefined {
  const limit = Math.min(text.length, isaOffset + MAX_ISA_LENGTH);
  const elementOffset = isaOffset + 3;
  if (elementOffset >= text.length) {
    problems.push(shortIsa(isaOffset, text.length));
    return undefined;
  }
  const element = text.charAt(elementOffset);
  if (isAlphanumeric(element.charCodeAt(0)) || element === '\r' || element === '\n') {
    problems.push(shortIsa(isaOffset, Math.min(limit, isaOffset + 3)));
    return undefined;
  }
  // Walk the sixteen element separators; ISA11 sits after the 11th, ISA13 after the 13th, ISA16 after the 16th.
  const separatorOffsets: number[] = [];
  let cursor = elementOffset;
  // The search stops at `limit`: a damaged header must not make every candidate ISA scan the rest of the file.
  const elementCode = element.charCodeAt(0);
  for (; cursor < limit && separatorOffsets.length < 16; cursor++) {
    if (text.charCodeAt(cursor) === elementCode) separatorOffsets.push(cursor);
  }
  const lastSeparator = separatorOffsets[15];
  if (lastSeparator === undefined) {
    problems.push(shortIsa(isaOffset, endOfLine(text, isaOffset, limit)));
    return undefined;
  }
  const componentOffset = lastSeparator + 1;
  const terminatorOffset = lastSeparator + 2;
  if (terminatorOffset >= text.length) {
    problems.push(shortIsa(isaOffset, text.length));
    return undefined;
  }
  const component = text.charAt(componentOffset);
  const segment = text.charAt(terminatorOffset);
  const headerSpan = spanOf(isaOffset, terminatorOffset + 1);
  if (component === element || segment === element || component === segment) {
    problems.push({
      id: 'x12-delimiter-conflict',
      span: headerSpan,
      severity: 'error',
      message: `The ISA header declares the same character for two delimiters (element '${printable(element)}', component '${printable(component)}', segment '${printable(segment)}'), so segments cannot be read.`,
    });
    return undefined;
  }
  if (isAlphanumeric(component.charCodeAt(0)) || isAlphanumeric(segment.charCodeAt(0))) {
    problems.push({
      id: 'x12-delimiter-conflict',
      span: headerSpan,
      severity: 'error',
      message: `The ISA header ends with a letter or digit where ISA16 and the segment terminator belong ('${printable(component)}${printable(segment)}'), so the header is damaged.`,
    });
    return undefined;
  }
  const repetition = readRepetition(text, separatorOffsets);
  const delimiters: X12Delimiters = repetition === undefined || repetition === component || repetition === segment
    ? { element, component, segment }
    : { element, component, segment, repetition };
  const controlStart = (separatorOffsets[12] ?? 0) + 1;
  const controlEnd = separatorOffsets[13] ?? controlStart;
  return { delimiters, terminatorOffset, controlNumber: text.slice(controlStart, controlEnd).trim() };
}

/** ISA11 is the repetition separator when ISA12 is 00501 or later; in 4010 it is a standards id such as `U`. */
function readRepetition(text: string, separatorOffsets: readonly number[]): string | undefined {
  const isa11Start = (separatorOffsets[10] ?? 0) + 1;
  const isa11End = separatorOffsets[11] ?? isa11Start;
  if (isa11End - isa11Start !== 1) return undefined;
  const candidate = text.charAt(isa11Start);
  return isAlphanumeric(candidate.charCodeAt(0)) || candidate === ' ' ? undefined : candidate;
}

function shortIsa(start: number, end: number): StructuralProblem {
  return {
    id: 'x12-short-isa',
    span: spanOf(start, Math.max(end, start + 3)),
    severity: 'error',
    message: 'The ISA header is cut short: it needs sixteen elements ending with the component separator (ISA16) and the segment terminator.',
  };
}

function endOfLine(text: string, start: number, limit: number): number {
  for (let i = start; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return i;
  }
  return limit;
}

/** Shows a delimiter readably in a message (control characters as `\xNN`). */
export function printable(character: string): string {
  const code = character.charCodeAt(0);
  if (code === 13) return '\\r';
  if (code === 10) return '\\n';
  if (code < 32 || code === 127) return `\\x${code.toString(16).padStart(2, '0')}`;
  return character;
}
