import type { StructuralProblem } from '../../../server/src/service/model';
import { parseDocument } from '../../../server/src/service/parse';
import type { Span } from '../../../server/src/service/spans';
import type { X12Document, X12Element, X12Segment } from '../../../server/src/service/x12/x12Model';

/**
 * Helpers for synthetic 837 test files. Fixtures are written one segment per line with `*`, `:` and
 * `~`; {@link withDelimiters} rewrites them for other delimiter sets, and {@link isa} builds a header
 * with the fixed field widths of the X12 standard (106 characters including the terminator).
 */

/** The delimiters a synthetic file is written with. */
export interface TestDelimiters {
  readonly element: string;
  readonly component: string;
  readonly segment: string;
  readonly repetition: string;
}

export const STANDARD: TestDelimiters = { element: '*', component: ':', segment: '~', repetition: '^' };

/** ISA with fixed-width fields (ISA06/ISA08 15 characters, ISA13 9 digits), as the standard requires. */
export function isa(delimiters: TestDelimiters = STANDARD, controlNumber = '000000117'): string {
  const e = delimiters.element;
  return ['ISA', '00', '          ', '00', '          ', 'ZZ', 'SENDER         ', 'ZZ', 'RECEIVER       ', '260105', '0930',
    delimiters.repetition, '00501', controlNumber, '0', 'T', delimiters.component].join(e) + delimiters.segment;
}

/**
 * A complete 837P interchange around the given claim segments (written with `*`, `:` and `~`, one
 * per line). The SE01 count and the control numbers are computed from the standard's definitions.
 */
export function interchange837(claimSegments: string, options: { version?: string; controlNumber?: string } = {}): string {
  const version = options.version ?? '005010X222A1';
  const body = [
    `ST*837*0001*${version}~`,
    'BHT*0019*00*0123*20260105*0930*CH~',
    'HL*1**20*1~',
    'NM1*85*2*CLINIC*****XX*1234567893~',
    'HL*2*1*22*0~',
    'SBR*P*18*******CI~',
    ...claimSegments.split('\n').map((line) => line.trim()).filter((line) => line !== ''),
  ];
  // SE01 counts every segment from ST to SE inclusive.
  const se = `SE*${body.length + 1}*0001~`;
  const controlNumber = options.controlNumber ?? '000000117';
  return [isa(STANDARD, controlNumber), `GS*HC*SENDER*RECEIVER*20260105*0930*117*X*${version}~`, ...body, se, 'GE*1*117~', `IEA*1*${controlNumber}~`].join('\n') + '\n';
}

/** Rewrites a fixture written with `*`, `:`, `~` and `^` into other delimiters. */
export function withDelimiters(text: string, delimiters: TestDelimiters): string {
  const map: Record<string, string> = { '*': delimiters.element, ':': delimiters.component, '~': delimiters.segment, '^': delimiters.repetition };
  return text.replace(/[*:~^]/g, (character) => map[character] ?? character);
}

/** Parses as X12 and narrows the result type. */
export function parse837(text: string): X12Document {
  return parseDocument(text, 'x12-837') as X12Document;
}

/** The text a span covers. */
export function textOf(text: string, span: Span): string {
  return text.slice(span.offset, span.offset + span.length);
}

/** The problems with this id. */
export function problemsWith(document: { problems: readonly StructuralProblem[] }, id: string): StructuralProblem[] {
  return document.problems.filter((problem) => problem.id === id);
}

/** Whether a message is one sentence: capitalised, ends with a full stop, no line break. */
export function isOneSentence(message: string): boolean {
  return /^[A-Z0-9]/.test(message) && /[.]$/.test(message) && !message.includes('\n') && message.length < 300;
}

/** A segment's elements read in order through its view, as an array (a test's way to compare or count them). */
export function elementsOf(segment: X12Segment): X12Element[] {
  const elements: X12Element[] = [];
  for (let element = segment.elements.at(0); element !== undefined; element = segment.elements.at(elements.length)) elements.push(element);
  return elements;
}

/** A segment as plain data, its elements read out, so that two parses' segments can be compared with deepEqual. */
export function segmentImage(segment: X12Segment | undefined): object | undefined {
  return segment === undefined ? undefined : { ...segment, elements: elementsOf(segment) };
}
