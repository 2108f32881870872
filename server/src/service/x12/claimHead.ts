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
  // Set by restart, which the constructor calls: a field added here must be set there.
  #clmIndex!: number;
  #encounterIndex!: number;
  #claimId!: string | undefined;
  #facilityCode!: string;
  #label!: string | undefined;

  /** The head of the claim whose CLM is segment `clmIndex` of `context`, the encounter at position `encounterIndex`. */
  constructor(context: InterchangeContext, clmIndex: number, encounterIndex: number) {
    this.#context = context;
    this.restart(clmIndex, encounterIndex);
  }

  /**
   * Makes this the head of another claim of the same interchange, as the constructor makes it; for the
   * head of claims that are dropped before the next is built (see `ClaimUnderway`), never one a kept claim holds.
   */
  restart(clmIndex: number, encounterIndex: number): this {
    this.#clmIndex = clmIndex;
    this.#encounterIndex = encounterIndex;
    this.#claimId = undefined;
    this.#facilityCode = '';
    this.#label = undefined;
    return this;
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
