import type { CptDescriptions } from '../contracts';
import { clipSlice } from './codeText';

/**
 * CPT® codes and their descriptions. CPT descriptors are licensed by the AMA, so the extension ships
 * only the handful of codes the project's seed text names, each with a plain-language summary written
 * for this project (not the AMA descriptor). Any further descriptions come from a CSV the user
 * supplies from their own licensed source (`icdClaimCoder.cptDescriptionsPath`).
 */

/** Where the bundled descriptions come from, as shown in hovers. */
export const BUNDLED_CPT_SOURCE = 'ICD-10 Claim Coder plain-language summary';

/** The copyright line shown whenever a description comes from the user's CPT file. */
export const AMA_COPYRIGHT_LINE = 'CPT® is a registered trademark of the American Medical Association. CPT descriptions © American Medical Association; all rights reserved.';

/**
 * The seed's CPT codes (staging imaging, biopsies and one craniotomy) with our own short summaries.
 * The wording is deliberately ours: what the procedure is for a coder skimming a claim. Where the seed's
 * one-line glosses disagree with the code's published meaning (it swaps 78815/78816, calls 20205/20206
 * bone biopsies and drops the add-on status of 10004/10006/47001), the summary follows the code.
 */
export const BUNDLED_CPT_DESCRIPTIONS: ReadonlyMap<string, string> = new Map([
  ['10004', 'Fine-needle aspiration biopsy without imaging guidance, each additional lesion (add-on code)'],
  ['10005', 'Fine-needle aspiration biopsy guided by ultrasound, first lesion'],
  ['10006', 'Fine-needle aspiration biopsy guided by ultrasound, each additional lesion (add-on code)'],
  ['10007', 'Fine-needle aspiration biopsy guided by fluoroscopy, first lesion'],
  ['20205', 'Muscle biopsy from deep tissue'],
  ['20206', 'Muscle biopsy through the skin with a needle'],
  ['32405', 'Needle biopsy of the lung or mediastinum through the skin'],
  ['47000', 'Needle biopsy of the liver through the skin'],
  ['47001', 'Needle biopsy of the liver taken during another major operation (add-on code)'],
  ['61510', 'Opening of the skull to remove a brain tumour above the tentorium, other than a meningioma'],
  ['70553', 'Brain MRI with images before and after contrast'],
  ['71045', 'Chest X-ray, one view'],
  ['71046', 'Chest X-ray, two views'],
  ['71250', 'Chest CT scan without contrast'],
  ['71260', 'Chest CT scan with contrast'],
  ['74176', 'CT scan of the abdomen and pelvis together, without contrast'],
  ['78815', 'PET scan with CT for tumour imaging, skull base to mid-thigh'],
  ['78816', 'PET scan with CT for tumour imaging, whole body'],
  ['92083', 'Extended visual field examination of the eyes'],
]);

/** The bundled CPT codes in code order. */
export const BUNDLED_CPT_CODES: readonly string[] = [...BUNDLED_CPT_DESCRIPTIONS.keys()].sort();

/** A CPT description together with where it came from, for hovers and completion documentation. */
export interface CptDescription {
  readonly code: string;
  readonly description: string;
  readonly source: string;
  /** `user` when read from the user's CSV: the hover then shows {@link AMA_COPYRIGHT_LINE}. */
  readonly origin: 'user' | 'bundled';
}

/** A {@link CptDescriptions} that can also list its codes, so completion can offer them. */
export interface CptCatalog extends CptDescriptions {
  /** The codes the catalog describes, in code order. */
  codes(): readonly string[];
}

/** Whether a CPT source can list its codes (the user CSV catalog can; a bare lookup may not). */
export function isCptCatalog(cpt: CptDescriptions): cpt is CptCatalog {
  return typeof (cpt as Partial<CptCatalog>).codes === 'function';
}

/** The description of a CPT code: the user's file first, then the bundled summary, else undefined. */
export function describeCpt(code: string, user: CptDescriptions | undefined): CptDescription | undefined {
  const fromUser = user?.describe(code);
  if (fromUser !== undefined) return { code, description: fromUser.description, source: fromUser.source, origin: 'user' };
  const bundled = BUNDLED_CPT_DESCRIPTIONS.get(code);
  return bundled === undefined ? undefined : { code, description: bundled, source: BUNDLED_CPT_SOURCE, origin: 'bundled' };
}

/** A row of the user's CSV that could not be used. */
export interface CptCsvProblem {
  /** One-based line number in the file where the row starts. */
  readonly line: number;
  readonly message: string;
}

/** What {@link parseCptCsv} read: a catalog of the good rows and the first problems of the bad ones. */
export interface CptCsvResult {
  readonly catalog: CptCatalog;
  /** The first {@link MAX_KEPT_CPT_PROBLEMS} problems, in file order. */
  readonly problems: readonly CptCsvProblem[];
  /** How many problems there were in all; a file of repeated rows has one per row. */
  readonly problemCount: number;
}

/** How many problems a CSV read keeps with their line; the rest are only counted. */
export const MAX_KEPT_CPT_PROBLEMS = 20;

/** CPT Category I (`71260`), Category II/III (`3074F`, `0042T`) and HCPCS Level II (`J9267`). */
const PROCEDURE_CODE = /^(?:\d{4}[0-9FT]|[A-V]\d{4})$/;

/**
 * Parses a `code,description` CSV (header row optional, RFC 4180 quoting with `""` escapes and
 * quoted line breaks). Extra columns are ignored. Bad rows are skipped and reported with their line.
 * A later row for the same code replaces the earlier one, and the duplicate is reported.
 */
export function parseCptCsv(text: string, sourceName: string): CptCsvResult {
  const reader = new CptCsvReader(text, sourceName);
  while (!reader.step(Number.MAX_SAFE_INTEGER));
  return reader.result();
}

/**
 * {@link parseCptCsv} in steps of a bounded number of characters, so the caller (the language server)
 * can yield between steps: a large file never holds the thread for long. Rows are checked as they are
 * read, so no list of all rows is kept.
 */
export class CptCsvReader {
  readonly #text: string;
  readonly #sourceName: string;
  readonly #descriptions = new Map<string, string>();
  readonly #problems: CptCsvProblem[] = [];
  #problemCount = 0;
  #position = 0;
  #rowIndex = 0;
  #fields: string[] = [];
  #field = '';
  #line = 1;
  #rowLine = 1;
  #quoted = false;
  #quoteLine = 1;
  #done = false;

  constructor(text: string, sourceName: string) {
    this.#text = text.replace(/^\ufeff/, '');
    this.#sourceName = sourceName;
  }

  /** Reads up to `maxCharacters` more characters; returns whether the whole text has been read. */
  step(maxCharacters: number): boolean {
    if (this.#done) return true;
    const text = this.#text;
    const stop = Math.min(text.length, this.#position + Math.max(1, maxCharacters));
    while (this.#position < stop) this.#advance(text);
    if (this.#position >= text.length) this.#finish();
    return this.#done;
  }

  /** The catalog and problems; call once {@link step} returned true. */
  result(): CptCsvResult {
    const descriptions = this.#descriptions;
    const codes = [...descriptions.keys()].sort();
    const sourceName = this.#sourceName;
    const catalog: CptCatalog = {
      describe: (code) => {
        const description = descriptions.get(code);
        return description === undefined ? undefined : { description, source: sourceName };
      },
      codes: () => codes,
    };
    // The unclosed-quote problem is found at the end; report in file order.
    const problems = [...this.#problems].sort((a, b) => a.line - b.line);
    return { catalog, problems, problemCount: this.#problemCount };
  }

  #advance(text: string): void {
    const char = text[this.#position] as string;
    if (this.#quoted) {
      if (char === '"' && text[this.#position + 1] === '"') { this.#field += '"'; this.#position += 2; return; }
      if (char === '"') { this.#quoted = false; this.#position++; return; }
      if (char === '\n') this.#line++;
      this.#field += char;
      this.#position++;
      return;
    }
    if (char === '"' && this.#field.trim() === '') { this.#field = ''; this.#quoted = true; this.#quoteLine = this.#line; this.#position++; return; }
    if (char === ',') { this.#fields.push(this.#field); this.#field = ''; this.#position++; return; }
    if (char === '\r' && text[this.#position + 1] === '\n') { this.#position++; return; }
    if (char === '\n' || char === '\r') {
      this.#endRow();
      this.#line++;
      this.#rowLine = this.#line;
      this.#position++;
      return;
    }
    this.#field += char;
    this.#position++;
  }

  #finish(): void {
    this.#done = true;
    if (this.#quoted) {
      this.#problem(this.#quoteLine, 'A quoted field is never closed; the rest of the file from this line is skipped.');
      return;
    }
    if (this.#field !== '' || this.#fields.length > 0) this.#endRow();
  }

  #endRow(): void {
    this.#fields.push(this.#field);
    this.#checkRow(this.#rowLine, this.#fields, this.#rowIndex++);
    this.#fields = [];
    this.#field = '';
  }

  #checkRow(line: number, fields: readonly string[], index: number): void {
    const code = (fields[0] ?? '').trim().toUpperCase();
    const description = (fields[1] ?? '').trim();
    if (fields.every((field) => field.trim() === '')) return;
    if (index === 0 && !PROCEDURE_CODE.test(code) && /code/i.test(code)) return;
    if (!PROCEDURE_CODE.test(code)) {
      this.#problem(line, `'${clipSlice(code, 0, code.length)}' is not a CPT or HCPCS code (five characters such as 71260, 3074F or J9267); the row is skipped.`);
      return;
    }
    if (description === '') {
      this.#problem(line, `The row for ${code} has no description; the row is skipped.`);
      return;
    }
    if (this.#descriptions.has(code)) this.#problem(line, `${code} appears more than once; this later row is used.`);
    this.#descriptions.set(code, description);
  }

  #problem(line: number, message: string): void {
    this.#problemCount++;
    if (this.#problems.length < MAX_KEPT_CPT_PROBLEMS) this.#problems.push({ line, message });
  }
}
