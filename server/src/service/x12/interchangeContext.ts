import type { StructuralProblem } from '../model';
import { spanOf } from '../spans';
import { CODE_CHAR_VALUES } from './codeStrings';
import type { CodeStrings } from './codeStrings';
import type { ElementScratch } from './elementScratch';
import { findUndeclaredComponent, indexWithin, isCleanCode, splitComponents, splitElements } from './elements';
import { printable } from './isaHeader';
import type { SegmentTable } from './segmentTable';
import type { X12Delimiters } from './x12Model';

/** How many dates a context keeps (see `InterchangeContext.isoDate`): more than a batch's days of service. */
const MAX_ISO_DATES = 4096;

/** The longest code `CodeStrings.packed` takes: four characters of six bits in each of two numbers. */
const MAX_PACKED_CODE = 8;

/**
 * What the envelope walk and the claim builder share for one interchange: the text, its delimiters
 * and the component separator its composites really use. That separator is settled by the eager walk
 * ({@link InterchangeContext.probeComposites}), so claims built later, in any order, read the same way.
 */
export class InterchangeContext {
  /** The component separator the composites actually use when it is not ISA16. */
  observedComponent: string | undefined;
  /** Flat component bounds written by the last {@link components} call (reused to spare the garbage collector). */
  readonly parts = new Int32Array(64);
  /**
   * Positions of the principal diagnoses (`ABK`) among the codes the claim screen read from the last
   * claim, the first {@link principalCount} entries (reused likewise: emptying the array for each claim
   * would let the engine drop its storage and allocate it again at the next principal).
   */
  readonly principals: number[] = [];
  principalCount = 0;
  /** Where problems go; the claim builder points it at the claim's own list. */
  problems: StructuralProblem[];
  readonly #probeElements = new Int32Array(64);
  /** Where the last search for ISA16 started and what it found ({@link #componentAtOrAfter}); none made yet. */
  readonly #componentSearch = { from: Number.POSITIVE_INFINITY, found: -1 };
  /** The pattern that finds an SV1's pointer element in these delimiters (diagnosisPointers.ts), made on first use. */
  pointerElementPattern: RegExp | undefined;

  constructor(
    readonly text: string,
    readonly table: SegmentTable,
    readonly delimiters: X12Delimiters,
    readonly interchangeIndex: number,
    problems: StructuralProblem[],
    /** Shared code strings: a batch repeats a few thousand codes hundreds of thousands of times. */
    readonly codeStrings: CodeStrings,
    /** Where the segment readers write element bounds, shared by the contexts of one parse. */
    readonly elements: ElementScratch,
  ) {
    this.problems = problems;
  }

  #appendPrefix: string | undefined;
  /** ISO dates made so far, by their eight digits as one number: a batch dates its claims with a few dozen days. */
  readonly #isoDates = new Map<number, string>();

  /**
   * `CCYY-MM-DD` of the eight digits `CCYYMMDD` (as a number), one shared string per date: every
   * built claim reads its date of service, and making the string from three slices each time cost
   * five strings a claim.
   */
  isoDate(digits: number): string {
    let date = this.#isoDates.get(digits);
    if (date === undefined) {
      const eight = String(digits).padStart(8, '0');
      date = `${eight.slice(0, 4)}-${eight.slice(4, 6)}-${eight.slice(6, 8)}`;
      if (this.#isoDates.size >= MAX_ISO_DATES) this.#isoDates.clear();
      this.#isoDates.set(digits, date);
    }
    return date;
  }

  /** The component separator new text should use: the one the file really uses. */
  get writtenComponent(): string {
    return this.observedComponent ?? this.delimiters.component;
  }

  /** `*ABF:` in this interchange's delimiters: what goes before a diagnosis appended to an HI segment. */
  get appendPrefix(): string {
    this.#appendPrefix ??= `${this.delimiters.element}ABF${this.writtenComponent}`;
    return this.#appendPrefix;
  }

  /** The code in `[start, end)` upper-cased, as one shared string per distinct code. */
  code(start: number, end: number): string {
    return this.codeStrings.get(this.text, start, end);
  }

  /**
   * {@link code} when `[start, end)` holds only letters and digits (`isCleanCode`), else undefined. A
   * code of one to eight characters is read once, packed as it is checked, and found by its packed
   * value (`CodeStrings.packed`, as the claim screen finds it), instead of being checked, hashed and
   * compared in three passes.
   */
  cleanCode(start: number, end: number): string | undefined {
    const { text } = this;
    const length = end - start;
    if (length < 1 || length > MAX_PACKED_CODE) return isCleanCode(text, start, end) ? this.code(start, end) : undefined;
    let high = 0;
    let low = 0;
    for (let index = 0; index < length; index++) {
      const character = text.charCodeAt(start + index);
      const value = character < 128 ? CODE_CHAR_VALUES[character] ?? 0 : 0;
      if (value === 0) return undefined;
      if (index < 4) high = (high << 6) | value;
      else low = (low << 6) | value;
    }
    return this.codeStrings.packed(high, low, text, start, end);
  }

  /**
   * Splits a composite element into components, writing their bounds into {@link parts} and returning
   * their number: by ISA16 when the element holds it, else by the observed separator.
   */
  components(start: number, end: number): number {
    const { text, delimiters, parts } = this;
    // One pass: a single component means the element holds no ISA16, and only then is the observed separator tried.
    const count = splitComponents(text, start, end, delimiters.component, parts);
    if (count > 1 || this.observedComponent === undefined) return count;
    return splitComponents(text, start, end, this.observedComponent, parts);
  }

  /**
   * Looks at the composites of a segment that carries them (CLM, HI, SV1, SV2). When one holds no ISA16
   * but starts with a qualifier and a punctuation character (`BK>53081` while ISA16 is `:`), that
   * character is adopted for the interchange and one warning says the file disagrees with its header.
   */
  probeComposites(start: number, end: number): void {
    if (this.observedComponent !== undefined) return;
    const { text, delimiters } = this;
    if (this.#holdsComponent(start, end)) return;
    const bounds = this.#probeElements;
    const count = splitElements(text, start, end, delimiters.element, bounds);
    for (let i = 0; i < count; i++) {
      const elementStart = bounds[i * 2] ?? 0;
      const elementEnd = bounds[i * 2 + 1] ?? 0;
      const undeclared = findUndeclaredComponent(text, elementStart, elementEnd, delimiters);
      if (undeclared === undefined) continue;
      this.observedComponent = undeclared;
      this.problems.push({
        id: 'x12-component-separator-mismatch',
        span: spanOf(elementStart, elementEnd),
        severity: 'warning',
        message: `The ISA header declares '${printable(delimiters.component)}' as component separator (ISA16), but composites here use '${printable(undeclared)}'; they are read with '${printable(undeclared)}'.`,
      });
      return;
    }
  }

  /** Whether the segment `[start, end)` holds ISA16. */
  #holdsComponent(start: number, end: number): boolean {
    const separator = this.delimiters.component;
    // Only a one-character separator means the same to the search as to the loop, which compares its first character.
    if (separator.length !== 1) return indexWithin(this.text, separator, start, end) !== -1;
    const found = this.#componentAtOrAfter(start);
    return found !== -1 && found < end;
  }

  /**
   * The first ISA16 at or after `from`, or -1 when the text holds none there. The native search is much
   * faster than a loop over the characters, but it does not stop at the segment's end; so the last
   * answer is kept, and a later `from` that lies before it gets the same answer without a search. The
   * walk probes in text order, so each stretch of text is searched once and the probes of a whole
   * piece stay linear in its length, even in a text without any ISA16.
   */
  #componentAtOrAfter(from: number): number {
    const searched = this.#componentSearch;
    if (from >= searched.from && (searched.found === -1 || from <= searched.found)) return searched.found;
    searched.from = from;
    searched.found = this.text.indexOf(this.delimiters.component, from);
    return searched.found;
  }
}
