import type { DiagnosisList, DiagnosisMention, Encounter, EncounterSource, InsertionPoint, ProcedureMention } from '../model';
import { spanOf } from '../spans';
import type { Span } from '../spans';
import type { ClaimDiagnoses } from './claimDiagnoses';
import type { ClaimHead } from './claimHead';
import type { InterchangeContext } from './interchangeContext';

/** HI composites one segment may hold (HI01 to HI12). */
const MAX_HI_COMPOSITES = 12;

/** The procedures of a claim that has none (every claim built from the screen's reading, nearly): one shared frozen list. */
export const NO_PROCEDURES: readonly ProcedureMention[] = Object.freeze([]);

/** What a claim with neither diagnoses kept as numbers nor mentions reads as its diagnoses. */
const NO_DIAGNOSES: readonly DiagnosisMention[] = Object.freeze([]);

/**
 * What the claim builder learns of one claim while it reads it. The builder makes a new one for every
 * claim rather than clearing its own fields, so a field added here starts cleared for each claim without
 * anyone having to remember it in a reset.
 *
 * Once {@link finish}ed it is also a claim: a caller that drops each claim before the next one is built
 * (the command line's validation, `ClaimBuildOptions.borrowedCodes`) gets this object as the encounter,
 * instead of a claim made from it, and its span and insertion point are worked out only when read. The
 * editor keeps its claims, so it gets an `IndexedClaim` or a plain claim made from this one, as before.
 */
export class ClaimUnderway implements Encounter {
  readonly #context: InterchangeContext;
  readonly #head: ClaimHead;
  #span: Span | undefined;
  /** Whether {@link #insertion} has been worked out (undefined is an answer: no room for new codes). */
  #insertionKnown = false;
  #insertion: InsertionPoint | undefined;
  readonly index: number;
  /** The CLM segment and the claim's last segment so far. */
  readonly firstSegment: number;
  lastSegment: number;
  /** ST03 or GS08. */
  readonly version: string | undefined;
  /** Whether service lines' codes and pointers are read (see `ClaimBuildOptions`); they are counted either way. */
  readonly serviceLines: boolean;
  /** The diagnoses as numbers, for a claim built from the screen's reading (the builder's mention list then stays empty). */
  list: ClaimDiagnoses | undefined = undefined;
  /** The first date of service or statement date read (DTP*472 or DTP*434). */
  firstDate: string | undefined = undefined;
  /** The through date of the statement period (DTP*434), the discharge date of an inpatient stay. */
  statementThrough: string | undefined = undefined;
  professionalLines = 0;
  institutionalSegments = 0;
  /** Where the claim's last diagnosis HI segment stands, for the insertion point (segment -1: none yet). */
  lastHiSegment = -1;
  lastHiComposites = 0;
  lastHiAppendOffset = 0;
  // The encounter's own fields, set by finish.
  source: EncounterSource = 'x12-837p';
  inpatient = false;
  serviceDate: string | undefined = undefined;
  dateIsDischarge: true | undefined = undefined;
  procedures: readonly ProcedureMention[] = NO_PROCEDURES;

  /** The claim whose CLM is segment `clmIndex` of `context`, read by `head`, the encounter at `encounterIndex`, sent under `version`. */
  constructor(context: InterchangeContext, head: ClaimHead, clmIndex: number, encounterIndex: number, version: string | undefined, serviceLines: boolean) {
    this.#context = context;
    this.#head = head;
    this.index = encounterIndex;
    this.firstSegment = clmIndex;
    this.lastSegment = clmIndex;
    this.version = version;
    this.serviceLines = serviceLines;
  }

  get head(): ClaimHead {
    return this.#head;
  }

  get label(): string {
    return this.#head.label;
  }

  get span(): Span {
    const { table } = this.#context;
    return (this.#span ??= spanOf(table.startOf(this.firstSegment), table.endOf(this.lastSegment)));
  }

  get diagnoses(): readonly DiagnosisMention[] {
    return this.list === undefined ? NO_DIAGNOSES : this.list.mentions();
  }

  get diagnosisList(): DiagnosisList | undefined {
    return this.list;
  }

  get insertionPoint(): InsertionPoint | undefined {
    if (!this.#insertionKnown) {
      this.#insertion = this.#insertionPointOf(this.source === 'x12-837i');
      this.#insertionKnown = true;
    }
    return this.#insertion;
  }

  /**
   * Ends the claim with `procedures`: its source, whether it is an inpatient stay and the date that picks
   * its code set. Only an institutional claim reads its CLM here: a professional one is never inpatient.
   */
  finish(procedures: readonly ProcedureMention[]): void {
    this.procedures = procedures;
    const institutional = this.#isInstitutional();
    this.source = institutional ? 'x12-837i' : 'x12-837p';
    this.inpatient = institutional && this.#head.facilityCode.startsWith('11');
    // An inpatient stay is coded with the code set in effect on its discharge date, so a stay admitted
    // in September and discharged in October takes the new fiscal year's codes.
    const dischargeDate = this.inpatient ? this.statementThrough : undefined;
    this.serviceDate = dischargeDate ?? this.firstDate;
    this.dateIsDischarge = dischargeDate === undefined ? undefined : true;
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
