import type { DiagnosisList, DiagnosisMention, Encounter, EncounterSource, InsertionPoint, ProcedureMention } from '../model';
import { spanOf } from '../spans';
import type { Span } from '../spans';
import type { ClaimDiagnoses } from './claimDiagnoses';
import { ClaimHead, DroppedClaimHead } from './claimHead';
import type { InterchangeContext } from './interchangeContext';

/** HI composites one segment may hold (HI01 to HI12). */
const MAX_HI_COMPOSITES = 12;

/** The procedures of a claim that has none (every claim built from the screen's reading, nearly): one shared frozen list. */
export const NO_PROCEDURES: readonly ProcedureMention[] = Object.freeze([]);

/** `T` with its read-only properties writable. */
type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** What a claim with neither diagnoses kept as numbers nor mentions reads as its diagnoses. */
const NO_DIAGNOSES: readonly DiagnosisMention[] = Object.freeze([]);

/**
 * What the claim builder learns of one claim while it reads it: the builder keeps one and
 * {@link restart}s it for every claim, and {@link restart} sets every field, so the last claim leaves
 * nothing behind (test/service/x12/claimBuilderReuse.test.ts compares a restarted record with a new one,
 * field by field, so a field added here and not set there fails it). The fields are own properties for
 * that reason, not `#` fields, which a spread does not see: those only this class reads are `private`,
 * those others read and only this class writes are `readonly` (written through {@link #own}), and the
 * builder writes the rest as it reads the claim's segments.
 *
 * Once {@link finish}ed it is also a claim: a caller that drops each claim before the next one is built
 * (the command line's validation, `ClaimBuildOptions.borrowedCodes`) gets this record as the encounter,
 * with the record's own head, instead of a claim made from it, so such a build makes no object of its
 * own, and its span and insertion point are worked out only when a rule reads them. The editor keeps its
 * claims, so it gets an `IndexedClaim` or a plain claim made from the record, with a head of its own.
 */
export class ClaimUnderway implements Encounter {
  readonly #context: InterchangeContext;
  /** The head a dropped claim reads its CLM through; never handed to a kept claim, so it is restarted with the record. */
  readonly #droppedHead: DroppedClaimHead;
  /** The claim's head: the record's own for a dropped claim, a new one for a kept claim. */
  #head!: ClaimHead;
  private spanMade!: Span | undefined;
  /** Whether {@link insertionMade} has been worked out (undefined is an answer: no room for new codes). */
  private insertionKnown!: boolean;
  private insertionMade!: InsertionPoint | undefined;
  readonly index!: number;
  /** The CLM segment. */
  readonly firstSegment!: number;
  /** ST03 or GS08. */
  private version!: string | undefined;
  /** Whether service lines' codes and pointers are read (see `ClaimBuildOptions`); they are counted either way. */
  readonly serviceLines!: boolean;
  /** Where the claim's last diagnosis HI segment stands, for the insertion point (segment -1: none yet); set by {@link diagnosisHi}. */
  private lastHiSegment!: number;
  private lastHiComposites!: number;
  private lastHiAppendOffset!: number;
  // What the builder writes as it reads the claim's segments.
  /** The claim's last segment so far. */
  lastSegment!: number;
  /** The diagnoses as numbers, for a claim built from the screen's reading (the builder's mention list then stays empty). */
  list!: ClaimDiagnoses | undefined;
  /** The first date of service or statement date read (DTP*472 or DTP*434). */
  firstDate!: string | undefined;
  /** The through date of the statement period (DTP*434), the discharge date of an inpatient stay. */
  statementThrough!: string | undefined;
  professionalLines!: number;
  institutionalSegments!: number;
  // The encounter's own fields, set by finish.
  readonly source!: EncounterSource;
  readonly inpatient!: boolean;
  readonly serviceDate!: string | undefined;
  readonly dateIsDischarge!: true | undefined;
  readonly procedures!: readonly ProcedureMention[];

  constructor(context: InterchangeContext) {
    this.#context = context;
    this.#droppedHead = new DroppedClaimHead(context, 0, 0);
    this.restart(0, 0, undefined, true, true);
  }

  /**
   * Starts the claim whose CLM is segment `clmIndex`, the encounter at `encounterIndex`, sent under
   * `version`. A `dropped` claim reads its CLM through the record's own head; a kept one gets a new head.
   */
  restart(clmIndex: number, encounterIndex: number, version: string | undefined, serviceLines: boolean, dropped: boolean): void {
    const own = this.#own();
    this.#head = dropped ? this.#droppedHead.restart(clmIndex, encounterIndex) : new ClaimHead(this.#context, clmIndex, encounterIndex);
    this.spanMade = undefined;
    this.insertionKnown = false;
    this.insertionMade = undefined;
    own.index = encounterIndex;
    own.firstSegment = clmIndex;
    this.lastSegment = clmIndex;
    this.version = version;
    own.serviceLines = serviceLines;
    this.list = undefined;
    this.firstDate = undefined;
    this.statementThrough = undefined;
    this.professionalLines = 0;
    this.institutionalSegments = 0;
    this.lastHiSegment = -1;
    this.lastHiComposites = 0;
    this.lastHiAppendOffset = 0;
    own.source = 'x12-837p';
    own.inpatient = false;
    own.serviceDate = undefined;
    own.dateIsDischarge = undefined;
    own.procedures = NO_PROCEDURES;
  }

  /** This record with the fields others only read writable: the one place they are written from. */
  #own(): Writable<ClaimUnderway> {
    return this;
  }

  /**
   * Records the claim's last diagnosis HI segment so far, segment `segmentIndex`, which holds
   * `compositeCount` composites and ends its last one at `appendOffset`: where new diagnoses would go.
   */
  diagnosisHi(segmentIndex: number, compositeCount: number, appendOffset: number): void {
    this.lastHiSegment = segmentIndex;
    this.lastHiComposites = compositeCount;
    this.lastHiAppendOffset = appendOffset;
  }

  /** The head the claim reads its CLM through (see {@link restart}). */
  get head(): ClaimHead {
    return this.#head;
  }

  get label(): string {
    return this.#head.label;
  }

  get span(): Span {
    const { table } = this.#context;
    return (this.spanMade ??= spanOf(table.startOf(this.firstSegment), table.endOf(this.lastSegment)));
  }

  get diagnoses(): readonly DiagnosisMention[] {
    return this.list === undefined ? NO_DIAGNOSES : this.list.mentions();
  }

  get diagnosisList(): DiagnosisList | undefined {
    return this.list;
  }

  get insertionPoint(): InsertionPoint | undefined {
    if (!this.insertionKnown) {
      this.insertionMade = this.#insertionPointOf(this.source === 'x12-837i');
      this.insertionKnown = true;
    }
    return this.insertionMade;
  }

  /**
   * Ends the claim with `procedures`: its source, whether it is an inpatient stay and the date that picks
   * its code set. Only an institutional claim reads its CLM here: a professional one is never inpatient.
   */
  finish(procedures: readonly ProcedureMention[]): void {
    const own = this.#own();
    own.procedures = procedures;
    const institutional = this.#isInstitutional();
    own.source = institutional ? 'x12-837i' : 'x12-837p';
    own.inpatient = institutional && this.#head.facilityCode.startsWith('11');
    // An inpatient stay is coded with the code set in effect on its discharge date, so a stay admitted
    // in September and discharged in October takes the new fiscal year's codes.
    const dischargeDate = this.inpatient ? this.statementThrough : undefined;
    own.serviceDate = dischargeDate ?? this.firstDate;
    own.dateIsDischarge = dischargeDate === undefined ? undefined : true;
  }

  /**
   * Content decides when it is clear (SV2/CL1 only → 837I, SV1 only → 837P), because real files carry
   * a wrong GS08; otherwise ST03/GS08 decides (X223 → 837I).
   */
  #isInstitutional(): boolean {
    if (this.institutionalSegments > 0 && this.professionalLines === 0) return true;
    if (this.professionalLines > 0 && this.institutionalSegments === 0) return false;
    return this.version !== undefined && this.version.includes('X223');
  }

  /**
   * New diagnoses go at the end of the last HI segment that holds diagnoses while it has room; an
   * 837I, which may carry more diagnoses across several HI segments, gets a new HI segment after a full one.
   */
  #insertionPointOf(institutional: boolean): InsertionPoint | undefined {
    const segmentIndex = this.lastHiSegment;
    if (segmentIndex < 0) return undefined;
    const context = this.#context;
    const { text, table } = context;
    if (this.lastHiComposites < MAX_HI_COMPOSITES) {
      return { offset: this.lastHiAppendOffset, prefix: context.appendPrefix, suffix: '', dotted: false };
    }
    if (!institutional) return undefined;
    const terminatorOffset = table.endOf(segmentIndex);
    const nextStart = segmentIndex + 1 < table.count ? table.startOf(segmentIndex + 1) : text.length;
    const between = text.slice(terminatorOffset, nextStart);
    return { offset: nextStart, prefix: `HI${context.appendPrefix}`, suffix: between, dotted: false };
  }
}
