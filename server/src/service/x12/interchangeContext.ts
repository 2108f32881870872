import type { StructuralProblem } from '../model';
import { spanOf } from '../spans';
import { componentBounds, findUndeclaredComponent } from './elements';
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

  constructor(
    readonly text: string,
    readonly table: SegmentTable,
    readonly delimiters: X12Delimiters,
    readonly interchangeIndex: number,
    readonly problems: StructuralProblem[],
  ) {}

  /** The component separator new text should use: the one the file really uses. */
  get writtenComponent(): string {
    return this.observedComponent ?? this.delimiters.component;
  }

  /**
   * Splits a composite element into components. ISA16 wins; when the element has none but starts with
   * a qualifier and a punctuation character, that character is adopted once for the interchange and a
   * warning says the file disagrees with its own header.
   */
  components(start: number, end: number): number[] {
    const { text, delimiters } = this;
    const declared = text.indexOf(delimiters.component, start);
    if (declared !== -1 && declared < end) return componentBounds(text, start, end, delimiters.component);
    if (this.observedComponent !== undefined) return componentBounds(text, start, end, this.observedComponent);
    const undeclared = findUndeclaredComponent(text, start, end, delimiters);
    if (undeclared === undefined) return [start, end];
    this.observedComponent = undeclared;
    this.problems.push({
      id: 'x12-component-separator-mismatch',
      span: spanOf(start, end),
      severity: 'warning',
      message: `The ISA header declares '${printable(delimiters.component)}' as component separator (ISA16), but composites here use '${printable(undeclared)}'; they are read with '${printable(undeclared)}'.`,
    });
    return componentBounds(text, start, end, undeclared);
  }
}
