import type { Encounter, ParsedDocumentBase, StructuralProblem } from '../modelBase';
import type { Span } from '../spans';
import type { ClaimReading } from './claimReading';

/**
 * The X12 side of a parsed document. Segments are kept as offsets in typed arrays inside the parser;
 * a {@link X12Segment} with its elements is materialised only on request (hover, completion, fixes),
 * so a 20 MB single-line 837 does not become millions of objects.
 */

/** The delimiters of one interchange, read from its ISA header (never hard-coded). */
export interface X12Delimiters {
  readonly element: string;
  readonly component: string;
  readonly segment: string;
  /** ISA11 repetition separator in 5010 files; absent in 4010 (where ISA11 is a standards id). */
  readonly repetition?: string;
}

/** One ISA…IEA interchange. */
export interface X12Interchange {
  readonly span: Span;
  readonly delimiters: X12Delimiters;
  /** GS08 version of the first functional group, e.g. `005010X222A1`. */
  readonly version?: string;
  /** Index of the ISA segment and of the last segment that belongs to this interchange. */
  readonly firstSegment: number;
  readonly lastSegment: number;
  /**
   * The component separator the composites actually use when it differs from ISA16 (some real files
   * declare `:` but write `HI*BK>53081`); codes are read with it and a warning says so.
   */
  readonly observedComponent?: string;
}

/** The segment range of one claim (CLM to the segment before the next CLM, HL or trailer). */
export interface X12ClaimRange {
  /** Index of the matching entry in `encounters`. */
  readonly encounterIndex: number;
  readonly firstSegment: number;
  readonly lastSegment: number;
  /** Index of the interchange the claim belongs to. */
  readonly interchangeIndex: number;
}

/**
 * One data element; `components` holds at least one span (the whole element when it has no component
 * separator) and at most `MAX_VIEWED_COMPONENTS` (segmentElements.ts), far more than any composite has.
 */
export interface X12Element {
  readonly span: Span;
  readonly components: readonly Span[];
}

/**
 * The data elements of a segment, read from its characters only as far as a request needs. A request
 * about one position therefore costs the same in a segment of ten elements and in a damaged one of a
 * hundred thousand: elements past the first `MAX_VIEWED_ELEMENTS` (segmentElements.ts) are not counted.
 */
export interface X12Elements {
  /** Element `index`, zero-based (0 is HI01); undefined past the segment's last element or past the counted ones. */
  at(index: number): X12Element | undefined;
  /** The element whose span holds `offset` (a separator belongs to the element it ends), or undefined when none does. */
  elementAt(offset: number): X12ElementAt | undefined;
}

/** The element under an offset and its position. */
export interface X12ElementAt {
  /** Zero-based position (0 is HI01); undefined for an element past the counted ones, whose position is not known. */
  readonly index: number | undefined;
  readonly element: X12Element;
}

/** A materialised segment: its id and spans, and a view of its elements (`elements.at(0)` is e.g. HI01). */
export interface X12Segment {
  readonly index: number;
  /** Segment id as written, e.g. `HI`. */
  readonly id: string;
  /** From the first character of the id to the last character before the terminator. */
  readonly span: Span;
  readonly idSpan: Span;
  readonly elements: X12Elements;
  readonly delimiters: X12Delimiters;
}

/** A parsed X12 837 document. */
export interface X12Document extends ParsedDocumentBase {
  readonly languageId: 'x12-837';
  readonly interchanges: readonly X12Interchange[];
  readonly segmentCount: number;
  /**
   * Per-claim segment ranges, parallel to `encounters`. Made as objects on first access; the checks use
   * {@link claimCount} and {@link claimOfSegment}, which read the parser's compact claim table.
   */
  readonly claims: readonly X12ClaimRange[];
  /** The number of claims (the length of `claims`, without making it). */
  readonly claimCount: number;
  /** The index of the claim whose segment range holds the segment, or -1. */
  claimOfSegment(segmentIndex: number): number;
  /** Problems found outside claims (envelopes, delimiters, junk); available without building any claim. */
  readonly envelopeProblems: readonly StructuralProblem[];
  /**
   * Builds the encounter of claim `claimIndex` (0 ≤ index < `claims.length`) afresh, with the problems
   * found inside that claim. `encounters` and `problems` build and keep every claim on first access;
   * a validator that checks claim by claim can call this instead so that a large batch's claims are
   * never all alive at once (much less garbage-collector work).
   */
  buildEncounter(claimIndex: number, options?: ClaimBuildOptions): { readonly encounter: Encounter; readonly problems: readonly StructuralProblem[] };
  /**
   * Writes the ICD-10-CM diagnosis codes of claim `claimIndex` (upper-cased, dotless, in written order)
   * into `out` from index 0 and returns how many, reading its HI segments only; returns -1 when
   * building the claim would find a structural problem or an ICD-9-CM diagnosis. Validation uses it to
   * skip building the claims no rule can fire on. With `numbers`, the codes' numbers are written beside them;
   * with `reading`, what the claim builder needs of the claim's segments is recorded in it in the same
   * pass (see {@link ClaimBuildOptions.reading}).
   */
  claimCodes(claimIndex: number, out: string[], numbers?: CodeNumbers, reading?: ClaimReading): number;
  /** The segment with this index, materialised. */
  segment(index: number): X12Segment;
  /** The segment whose span (or terminator) contains the offset, by binary search; undefined between segments or outside any interchange. */
  segmentAt(offset: number): X12Segment | undefined;
}

/** How much of a claim {@link X12Document.buildEncounter} reads. */
export interface ClaimBuildOptions {
  /**
   * False leaves the service lines' procedure codes and diagnosis pointers (SV1, SV2) out of the
   * encounter's procedures. Validation asks for that on a claim whose codes the claim screen read
   * (`claimCodes` returned a count): only the pointer rule reads service lines, and that reader has
   * already found every pointer of the claim naming one of its diagnoses. Default true.
   */
  readonly serviceLines?: boolean;
  /**
   * What `claimCodes` recorded of the claim's segments. With `serviceLines` false and a reading that
   * holds this claim, the claim is built from it instead of from its segments: nothing is read twice.
   */
  readonly reading?: ClaimReading;
  /**
   * The array `claimCodes` wrote the claim's codes into, given with `reading` by a caller that drops the
   * built claim before it calls `claimCodes` again (the command line's validation): the claim then keeps
   * its diagnoses in that array and in the reading's numbers rather than in copies of them, and a claim
   * built from the reading is the builder's own record of it (x12/claimUnderway.ts), restarted by the next
   * build, as is the answer that carries it. A claim the editor keeps (hover, claim view, inlay hints) is
   * never built with it.
   */
  readonly borrowedCodes?: readonly string[];
}

/**
 * The numbers the claim's code strings gave its codes (`CodeStrings.packedNumber`), written by
 * `X12Document.claimCodes` beside the codes: the claim screen looks each code's facts up by its number.
 */
export interface CodeNumbers {
  /** By position in the codes; -1 for a code without one (longer than eight characters). */
  readonly values: number[];
  /** The code strings that numbered them: numbers from different tables are unrelated. */
  numbering: object | undefined;
}
