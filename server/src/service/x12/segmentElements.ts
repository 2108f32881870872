import type { TextReader } from '../document/textReader';
import type { Span } from '../spans';
import { spanOf } from '../spans';
import type { SegmentTable } from './segmentTable';
import type { X12Delimiters, X12Element, X12ElementAt, X12Elements, X12Segment } from './x12Model';

/**
 * How many elements of one segment a segment's element view counts. The longest segments of the 837
 * guides have about twenty elements, so no real file comes near it; a damaged file can put a hundred
 * thousand elements in one segment (a segment that never ends, a runaway HI or NTE), and a request
 * about a position far into such a segment then reads no further than one about its first elements.
 */
export const MAX_VIEWED_ELEMENTS = 1000;

/**
 * How many components of one element the view splits. The largest composites of the 837 guides have
 * nine components and a diagnosis pointer element four; an element with more keeps its first ones.
 */
export const MAX_VIEWED_COMPONENTS = 100;

/**
 * The {@link X12Segment} of one table row, read through the document's reader: its id and spans now,
 * its elements when asked for (see {@link SegmentElements}), so that a request about one position of a
 * segment costs the same however many elements the segment has.
 */
export function viewSegment(
  reader: TextReader, table: SegmentTable, index: number, delimiters: X12Delimiters, observedComponent: string | undefined,
): X12Segment {
  const start = table.startOf(index);
  const end = table.endOf(index);
  const elementCode = delimiters.element.charCodeAt(0);
  let idEnd = start;
  while (idEnd < end && reader.charCodeAt(idEnd) !== elementCode) idEnd++;
  return {
    index,
    id: reader.slice(start, idEnd),
    span: spanOf(start, end),
    idSpan: spanOf(start, idEnd),
    elements: new SegmentElements(reader, start, end, delimiters, observedComponent),
    delimiters,
  };
}

/**
 * The data elements of one segment read from its characters through the document's reader, only as
 * far as a request needs: up to the element asked for, or up to the offset asked about, and never past
 * the separator after element {@link MAX_VIEWED_ELEMENTS}. The separators found so far are kept in the
 * view, so reading the elements in order scans the segment once. A view belongs to one materialised
 * segment, so what it has found is never shared between requests.
 */
export class SegmentElements implements X12Elements {
  readonly #reader: TextReader;
  /** The end of the segment's content (the offset of its terminator, or of the end of the text). */
  readonly #end: number;
  readonly #delimiters: X12Delimiters;
  readonly #observedComponent: string | undefined;
  readonly #elementCode: number;
  /** Offsets of the element separators found so far: separator `i` opens element `i`. */
  readonly #separators: number[] = [];
  /** Where the search for the next separator starts. */
  #scanFrom: number;
  /** Whether the search reached the end of the segment, so that every separator is known. */
  #complete = false;

  constructor(reader: TextReader, start: number, end: number, delimiters: X12Delimiters, observedComponent: string | undefined) {
    this.#reader = reader;
    this.#end = end;
    this.#delimiters = delimiters;
    this.#observedComponent = observedComponent;
    this.#elementCode = delimiters.element.charCodeAt(0);
    this.#scanFrom = start;
  }

  at(index: number): X12Element | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= MAX_VIEWED_ELEMENTS) return undefined;
    // The separator after the element ends it, so one more than the element's own is looked for.
    while (this.#separators.length <= index + 1 && this.#findNext());
    const separator = this.#separators[index];
    if (separator === undefined) return undefined;
    return this.#element(separator + 1, this.#separators[index + 1] ?? this.#end);
  }

  elementAt(offset: number): X12ElementAt | undefined {
    if (!this.#scanTowards(offset)) return undefined;
    const separators = this.#separators;
    const first = separators[0];
    if (first === undefined || offset <= first || offset > this.#end) return undefined;
    // Element `i` runs from just after separator `i` up to and including the next separator.
    const before = countBelow(separators, offset);
    if (before <= MAX_VIEWED_ELEMENTS) {
      return { index: before - 1, element: this.#element((separators[before - 1] as number) + 1, separators[before] ?? this.#end) };
    }
    return { index: undefined, element: this.#uncountedElementAt(offset, separators[separators.length - 1] as number) };
  }

  /**
   * Finds separators until one lies at or after `offset`, the segment ends, or the view's bound is
   * reached. False when the offset is outside the segment's content.
   */
  #scanTowards(offset: number): boolean {
    if (!Number.isInteger(offset) || offset > this.#end) return false;
    for (;;) {
      const last = this.#separators[this.#separators.length - 1];
      if (last !== undefined && last >= offset) return true;
      if (!this.#findNext()) return true;
    }
  }

  /** Records the next separator; false when there is none or the bound's last one is already known. */
  #findNext(): boolean {
    if (this.#complete || this.#separators.length > MAX_VIEWED_ELEMENTS) return false;
    const found = this.#indexOf(this.#elementCode, this.#scanFrom, this.#end);
    if (found === -1) {
      this.#complete = true;
      return false;
    }
    this.#separators.push(found);
    this.#scanFrom = found + 1;
    return true;
  }

  /**
   * An element past the counted ones, from the separator in front of `offset` to the next: found from
   * the offset's neighbours, so a request about it does not count the elements before it.
   */
  #uncountedElementAt(offset: number, lastCounted: number): X12Element {
    let start = offset;
    while (start - 1 > lastCounted && this.#reader.charCodeAt(start - 1) !== this.#elementCode) start--;
    const next = this.#indexOf(this.#elementCode, start, this.#end);
    return this.#element(start, next === -1 ? this.#end : next);
  }

  /** The element `[start, end)` split into its components with the separator it uses. */
  #element(start: number, end: number): X12Element {
    const componentCode = this.#componentCode(start, end);
    const components: Span[] = [];
    let componentStart = start;
    for (;;) {
      let next = this.#indexOf(componentCode, componentStart, end);
      if (next === -1) next = end;
      components.push(spanOf(componentStart, next));
      if (next >= end || components.length === MAX_VIEWED_COMPONENTS) break;
      componentStart = next + 1;
    }
    return { span: spanOf(start, end), components };
  }

  /** ISA16, or the separator the interchange's composites use when only that occurs in the element. */
  #componentCode(start: number, end: number): number {
    const declared = this.#delimiters.component.charCodeAt(0);
    if (this.#observedComponent === undefined || this.#indexOf(declared, start, end) !== -1) return declared;
    const observed = this.#observedComponent.charCodeAt(0);
    return this.#indexOf(observed, start, end) !== -1 ? observed : declared;
  }

  /** The offset of the first `code` in `[from, end)`, or -1; never looks past `end`. */
  #indexOf(code: number, from: number, end: number): number {
    for (let offset = from; offset < end; offset++) if (this.#reader.charCodeAt(offset) === code) return offset;
    return -1;
  }
}

/** How many of the ascending `values` are below `limit`. */
function countBelow(values: readonly number[], limit: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] as number) < limit) low = middle + 1;
    else high = middle;
  }
  return low;
}
