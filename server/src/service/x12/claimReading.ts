/**
 * What the claim screen's pass over one claim's segments (`readClaimCodes`, claimCodes.ts) leaves for
 * the claim builder, so that a claim the screen lets through is built without reading its segments
 * again. That pass already visits every segment of every claim and every character of its HI
 * composites; the builder used to walk the same segments and split the same composites a second time
 * for each claim a rule reacts to, which on a rule-dense batch is half of the claims.
 *
 * Composites are kept as numbers in one typed array (no object or string per composite): the packed
 * qualifier, where the qualifier starts and the code ends, the code's number in the interchange's
 * shared code strings and the composite's position in its segment. Besides them, the pass counts service-line and institutional
 * segments, lists the DTP segments (the builder reads the claim's dates from them) and remembers the
 * last HI segment that holds a diagnosis (where a new diagnosis would be inserted).
 *
 * One reading serves a whole validation run and is overwritten by each claim read; it answers only for
 * the claim it was last filled from ({@link ClaimReading.holds}), and only when that read succeeded.
 */
export class ClaimReading {
  /** The interchange context the claim was read through, only compared: typed as an object, this file imports nothing that leads back to x12Model.ts, which names this class. */
  #context: object | undefined;
  #firstSegment = -1;
  #composites = new Int32Array(COMPOSITE_FIELDS * 16);
  #compositeCount = 0;
  /** How many of the composites carry a procedure code: the builder reads the composites again for procedures only when there are some. */
  #procedureCount = 0;
  #dates = new Int32Array(8);
  #dateCount = 0;
  #professionalLines = 0;
  #institutionalSegments = 0;
  #lastHiSegment = -1;
  #lastHiComposites = 0;
  #lastHiAppendOffset = 0;

  /** Forgets the last claim; called before a claim is read, so a read that gives up leaves nothing to take. */
  begin(): void {
    this.#context = undefined;
    this.#firstSegment = -1;
    this.#compositeCount = 0;
    this.#procedureCount = 0;
    this.#dateCount = 0;
    this.#professionalLines = 0;
    this.#institutionalSegments = 0;
    this.#lastHiSegment = -1;
  }

  /** Marks the reading complete for the claim whose CLM is `firstSegment` in `context`. */
  complete(context: object, firstSegment: number): void {
    this.#context = context;
    this.#firstSegment = firstSegment;
  }

  /**
   * Whether this reading is a complete one of the claim whose CLM is `firstSegment`, read through the
   * same context (a claim read through a window has a context of its own, with other offsets).
   */
  holds(context: object, firstSegment: number): boolean {
    return this.#context === context && this.#firstSegment === firstSegment;
  }

  /** Makes room for `count` more composites; the reader calls it once per HI segment, so that recording a composite needs no check. */
  reserve(count: number): void {
    const needed = (this.#compositeCount + count) * COMPOSITE_FIELDS;
    if (needed > this.#composites.length) this.#composites = grown(this.#composites, needed);
  }

  /**
   * Records one diagnosis or procedure composite (room must be {@link reserve}d): `qualifier` packed
   * (`packQualifier`, two or three characters) and written from `qualifierStart`, the code from after
   * the component separator that follows to `codeEnd`, the code's number in the context's code strings
   * (-1 for none: a procedure, or a code longer than eight characters) and the composite's 1-based
   * position in its segment (HI01 is 1).
   */
  addComposite(qualifier: number, qualifierStart: number, codeEnd: number, codeNumber: number, position: number): void {
    const at = this.#compositeCount++ * COMPOSITE_FIELDS;
    const composites = this.#composites;
    composites[at] = qualifier;
    composites[at + 1] = qualifierStart;
    composites[at + 2] = codeEnd;
    composites[at + 3] = codeNumber;
    composites[at + 4] = position;
  }

  /** Records a composite as {@link addComposite} does, one whose qualifier is a procedure's (its code has no number). */
  addProcedureComposite(qualifier: number, qualifierStart: number, codeEnd: number, position: number): void {
    this.#procedureCount++;
    this.addComposite(qualifier, qualifierStart, codeEnd, -1, position);
  }

  /** How many composites {@link addProcedureComposite} recorded. */
  get procedureCount(): number {
    return this.#procedureCount;
  }

  /** Notes the HI segment `segmentIndex` as holding diagnoses, with its non-empty composites and where the last one ends. */
  diagnosisSegment(segmentIndex: number, compositeCount: number, appendOffset: number): void {
    this.#lastHiSegment = segmentIndex;
    this.#lastHiComposites = compositeCount;
    this.#lastHiAppendOffset = appendOffset;
  }

  /** Lists a DTP segment of the claim, in order. */
  addDate(segmentIndex: number): void {
    if (this.#dateCount === this.#dates.length) this.#dates = grown(this.#dates);
    this.#dates[this.#dateCount++] = segmentIndex;
  }

  /** Counts an SV1 segment (a professional service line). */
  addProfessionalLine(): void {
    this.#professionalLines++;
  }

  /** Counts an SV2 or CL1 segment (institutional). */
  addInstitutionalSegment(): void {
    this.#institutionalSegments++;
  }

  get compositeCount(): number {
    return this.#compositeCount;
  }

  /**
   * The composites' numbers, {@link COMPOSITE_FIELDS} per composite in the order of the accessors
   * below: for a list that reads them in place while this claim is the one held (claimDiagnoses.ts).
   */
  get compositeFields(): ArrayLike<number> {
    return this.#composites;
  }

  /** The packed qualifier of composite `index`. */
  qualifierOf(index: number): number {
    return this.#composites[index * COMPOSITE_FIELDS] ?? 0;
  }

  qualifierStartOf(index: number): number {
    return this.#composites[index * COMPOSITE_FIELDS + 1] ?? 0;
  }

  /** Where the qualifier of composite `index` ends: a packed qualifier of three characters is at least 256 × 256. */
  qualifierEndOf(index: number): number {
    return this.qualifierStartOf(index) + (this.qualifierOf(index) >= 0x10000 ? 3 : 2);
  }

  /** Where the code of composite `index` starts: after the qualifier and the component separator. */
  codeStartOf(index: number): number {
    return this.qualifierEndOf(index) + 1;
  }

  codeEndOf(index: number): number {
    return this.#composites[index * COMPOSITE_FIELDS + 2] ?? 0;
  }

  /** The number of the code of composite `index` in the code strings of the context it was read through, or -1. */
  codeNumberOf(index: number): number {
    return this.#composites[index * COMPOSITE_FIELDS + 3] ?? -1;
  }

  /** The 1-based position of composite `index` in its HI segment. */
  positionOf(index: number): number {
    return this.#composites[index * COMPOSITE_FIELDS + 4] ?? 0;
  }

  get dateCount(): number {
    return this.#dateCount;
  }

  /** The segment index of the claim's `index`-th DTP segment. */
  dateSegment(index: number): number {
    return this.#dates[index] ?? 0;
  }

  get professionalLines(): number {
    return this.#professionalLines;
  }

  get institutionalSegments(): number {
    return this.#institutionalSegments;
  }

  /** The last HI segment holding a diagnosis, or -1. */
  get lastHiSegment(): number {
    return this.#lastHiSegment;
  }

  /** Its non-empty composites. */
  get lastHiComposites(): number {
    return this.#lastHiComposites;
  }

  /** Where its last non-empty composite ends. */
  get lastHiAppendOffset(): number {
    return this.#lastHiAppendOffset;
  }
}

/** Numbers kept per composite in {@link ClaimReading}: the packed qualifier, its start, the code's end, the code's number, the position. */
const COMPOSITE_FIELDS = 5;

function grown(array: Int32Array<ArrayBuffer>, needed = array.length + 1): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(Math.max(needed, array.length * 2));
  larger.set(array);
  return larger;
}
