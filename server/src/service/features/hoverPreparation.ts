import type { CodeSets } from '../codes/codeSet';
import type { CodeDescriber } from '../contracts';
import type { ParsedDocument } from '../model';

/**
 * Works out ahead of time what a hover says about each code of an open document, a few codes at a
 * time, so that the first hover of each code answers from what the service keeps (see
 * `CodeDescriptions`) instead of ranking table rows and reading notes while the user waits. The
 * binding steps it between requests, once the client has been quiet; answers never depend on it.
 */
export interface HoverPreparation {
  /** Describes up to `budget` codes not seen before and says whether the document is done. */
  step(budget: number): boolean;
}

/** How many claims or encounters one step reads for codes, at most. */
const READ_PER_STEP = 2_000;

class DocumentHoverPreparation implements HoverPreparation {
  readonly #parsed: ParsedDocument;
  readonly #describer: CodeDescriber;
  readonly #codeSets: CodeSets;
  readonly #seen = new Set<string>();
  /** Codes read but not described yet, with the service date of the claim they were read in. */
  readonly #waiting: Array<{ readonly code: string; readonly serviceDate: string | undefined }> = [];
  #next = 0;
  readonly #codes: string[] = [];

  constructor(parsed: ParsedDocument, describer: CodeDescriber, codeSets: CodeSets) {
    this.#parsed = parsed;
    this.#describer = describer;
    this.#codeSets = codeSets;
  }

  step(budget: number): boolean {
    let left = budget;
    while (left > 0) {
      const waiting = this.#waiting.pop();
      if (waiting !== undefined) {
        this.#describe(waiting.code, waiting.serviceDate);
        left--;
        continue;
      }
      if (!this.#read()) return true;
    }
    return false;
  }

  #describe(code: string, serviceDate: string | undefined): void {
    const where = this.#parsed.languageId === 'x12-837' ? 'claim' : 'encounter';
    this.#describer.describe(code, this.#codeSets.yearFor(serviceDate), where);
  }

  /** Reads the codes of the next claims or encounters into the waiting list; false when none are left. */
  #read(): boolean {
    const parsed = this.#parsed;
    const total = parsed.languageId === 'x12-837' ? parsed.claimCount : parsed.encounters.length;
    if (this.#next >= total) return false;
    const end = Math.min(total, this.#next + READ_PER_STEP);
    for (; this.#next < end; this.#next++) {
      if (parsed.languageId === 'x12-837') {
        // The claim screen's reading: codes only, no claim built. The newest year stands for the date,
        // which only the built claim knows; a hover on a claim of another year works its text out then.
        const count = parsed.claimCodes(this.#next, this.#codes);
        for (let i = 0; i < count; i++) this.#wait(this.#codes[i] as string, undefined);
      } else {
        const encounter = parsed.encounters[this.#next];
        for (const diagnosis of encounter?.diagnoses ?? []) if (diagnosis.system !== 'icd9cm') this.#wait(diagnosis.code, encounter?.serviceDate);
      }
    }
    return true;
  }

  #wait(code: string, serviceDate: string | undefined): void {
    if (this.#seen.has(code)) return;
    this.#seen.add(code);
    this.#waiting.push({ code, serviceDate });
  }
}

/** The preparation of one version of a parsed document's hovers. */
export function prepareHovers(parsed: ParsedDocument, describer: CodeDescriber, codeSets: CodeSets): HoverPreparation {
  return new DocumentHoverPreparation(parsed, describer, codeSets);
}
