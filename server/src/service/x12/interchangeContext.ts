import type { StructuralProblem } from '../model';
import { spanOf } from '../spans';
import { findUndeclaredComponent, splitComponents } from './elements';
import { printable } from './isaHeader';
import type { SegmentTable } from './segmentTable';
import type { X12Delimiters } from './x12Model';

/**
 * What the claim and envelope passes share while walking one interchange: the text, its delimiters
 * and the undeclared component separator once one has been seen.
 */
export class InterchangeContext {
  /** The component separator the composites actually use when it is not ISA16. */
  observedComponent: string | undefined;
  /** Flat component bounds written by the last {@link components} call (reused to spare the garbage collector). */
  readonly parts = new Int32Array(64);

  constructor(
    readonly text: string,
    readonly table: SegmentTable,
    readonly delimiters: X12Delimiters,
    readonly interchangeIndex: number,
    readonly problems: StructuralProblem[],
    /** Shared code strings: a batch repeats a few thousand codes hundreds of thousands of times. */
    readonly codeStrings: Map<string, string>,
  ) {}

  /** The code in `[start, end)` upper-cased, as one shared string per distinct code. */
  code(start: number, end: number): string {
    const written = this.text.slice(start, end);
    const shared = this.codeStrings.get(written);
    if (shared !== undefined) return shared;
    const upper = written.toUpperCase();
    this.codeStrings.set(written, upper);
    return upper;
  }

  /** The component separator new text should use: the one the file really uses. */
  get writtenComponent(): string {
    return this.observedComponent ?? this.delimiters.component;
  }

  /**
   * Splits a composite element into components, writing their bounds into {@link parts} and returning
   * their number. ISA16 wins; when the element has none but starts with a qualifier and a punctuation
   * character, that character is adopted once for the interchange and a warning says the file disagrees
   * with its own header.
   */
  components(start: number, end: number): number {
    const { text, delimiters, parts } = this;
    const declared = text.indexOf(delimiters.component, start);
    if (declared !== -1 && declared < end) return splitComponents(text, start, end, delimiters.component, parts);
    if (this.observedComponent !== undefined) return splitComponents(text, start, end, this.observedComponent, parts);
    const undeclared = findUndeclaredComponent(text, start, end, delimiters);
    if (undeclared === undefined) {
      parts[0] = start;
      parts[1] = end;
      return 1;
    }
    this.observedComponent = undeclared;
    this.problems.push({
      id: 'x12-component-separator-mismatch',
      span: spanOf(start, end),
      severity: 'warning',
      message: `The ISA header declares '${printable(delimiters.component)}' as component separator (ISA16), but composites here use '${printable(undeclared)}'; they are read with '${printable(undeclared)}'.`,
    });
    return splitComponents(text, start, end, undeclared, parts);
  }
}
