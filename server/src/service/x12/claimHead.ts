import { splitElements } from './elements';
import type { InterchangeContext } from './interchangeContext';

/**
 * What a claim's CLM segment gives its encounter: the claim id (CLM01), for the label, and the facility
 * code (CLM05-1, the first part of the bill type), which makes an institutional claim inpatient. The
 * segment is read when either is first asked for: a professional claim needs neither to be checked,
 * and a claim built from the claim screen's reading is usually checked and dropped without anyone
 * reading its label (only a message about the claim itself names it).
 */
export class ClaimHead {
  readonly #context: InterchangeContext;
  // Set by point, which the constructor calls: a field added here must be set there.
  #clmIndex!: number;
  #encounterIndex!: number;
  #claimId!: string | undefined;
  #facilityCode!: string;
  #label!: string | undefined;

  /** The head of the claim whose CLM is segment `clmIndex` of `context`, the encounter at position `encounterIndex`. */
  constructor(context: InterchangeContext, clmIndex: number, encounterIndex: number) {
    this.#context = context;
    this.point(clmIndex, encounterIndex);
  }

  /**
   * Makes this the head of the claim whose CLM is segment `clmIndex`, as if new. Protected: only a
   * {@link DroppedClaimHead} may be pointed at another claim, so a head a kept claim holds never changes.
   */
  protected point(clmIndex: number, encounterIndex: number): void {
    this.#clmIndex = clmIndex;
    this.#encounterIndex = encounterIndex;
    this.#claimId = undefined;
    this.#facilityCode = '';
    this.#label = undefined;
  }

  /** CLM05-1 trimmed, or empty when CLM05 is absent or empty. */
  get facilityCode(): string {
    if (this.#claimId === undefined) this.#read();
    return this.#facilityCode;
  }

  /** `Claim ` and CLM01, or the claim's 1-based position when CLM01 is empty. */
  get label(): string {
    if (this.#label === undefined) {
      if (this.#claimId === undefined) this.#read();
      this.#label = `Claim ${this.#claimId === '' ? String(this.#encounterIndex + 1) : this.#claimId}`;
    }
    return this.#label;
  }

  #read(): void {
    const context = this.#context;
    const { text, table, delimiters, parts } = context;
    const bounds = context.elements.claim;
    const count = splitElements(text, table.startOf(this.#clmIndex), table.endOf(this.#clmIndex), delimiters.element, bounds);
    this.#claimId = count > 0 ? text.slice(bounds[0] ?? 0, bounds[1] ?? 0).trim() : '';
    const facilityStart = bounds[8] ?? 0;
    const facilityEnd = bounds[9] ?? 0;
    if (count >= 5 && facilityEnd > facilityStart) {
      context.components(facilityStart, facilityEnd);
      this.#facilityCode = text.slice(parts[0] ?? facilityStart, parts[1] ?? facilityEnd).trim();
    }
  }
}

/**
 * The head of the claims a caller drops before it builds the next one (see `ClaimUnderway`): one head,
 * restarted for each such claim. A kept claim gets a plain {@link ClaimHead}, which has no `restart`.
 */
export class DroppedClaimHead extends ClaimHead {
  /** Makes this the head of another claim of the same interchange, as the constructor makes it. */
  restart(clmIndex: number, encounterIndex: number): this {
    this.point(clmIndex, encounterIndex);
    return this;
  }
}
