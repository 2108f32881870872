import type { CptDescriptions } from '../languageService';

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

/** What {@link parseCptCsv} read: a catalog of the good rows and a problem per bad row. */
export interface CptCsvResult {
  readonly catalog: CptCatalog;
  readonly problems: readonly CptCsvProblem[];
}

/** CPT Category I (`71260`), Category II/III (`3074F`, `0042T`) and HCPCS Level II (`J9267`). */
const PROCEDURE_CODE = /^(?:\d{4}[0-9FT]|[A-V]\d{4})$/;

/**
 * Parses a `code,description` CSV (header row optional, RFC 4180 quoting with `""` escapes and
 * quoted line breaks). Extra columns are ignored. Bad rows are skipped and reported with their line.
 * A later row for the same code replaces the earlier one, and the duplicate is reported.
 */
export function parseCptCsv(text: string, sourceName: string): CptCsvResult {
  const descriptions = new Map<string, string>();
  const problems: CptCsvProblem[] = [];
  const rows = readCsvRows(text.replace(/^\ufeff/, ''), problems);
  rows.forEach((row, index) => {
    const code = (row.fields[0] ?? '').trim().toUpperCase();
    const description = (row.fields[1] ?? '').trim();
    if (row.fields.every((field) => field.trim() === '')) return;
    if (index === 0 && !PROCEDURE_CODE.test(code) && /code/i.test(code)) return;
    if (!PROCEDURE_CODE.test(code)) {
      problems.push({ line: row.line, message: `'${code}' is not a CPT or HCPCS code (five characters such as 71260, 3074F or J9267); the row is skipped.` });
      return;
    }
    if (description === '') {
      problems.push({ line: row.line, message: `The row for ${code} has no description; the row is skipped.` });
      return;
    }
    if (descriptions.has(code)) problems.push({ line: row.line, message: `${code} appears more than once; this later row is used.` });
    descriptions.set(code, description);
  });
  // The unclosed-quote problem is found while reading, before the row checks; report in file order.
  problems.sort((a, b) => a.line - b.line);
  const codes = [...descriptions.keys()].sort();
  const catalog: CptCatalog = {
    describe: (code) => {
      const description = descriptions.get(code);
      return description === undefined ? undefined : { description, source: sourceName };
    },
    codes: () => codes,
  };
  return { catalog, problems };
}

interface CsvRow {
  readonly line: number;
  readonly fields: string[];
}

/** Splits CSV text into rows of fields, tracking the line each row starts on. */
function readCsvRows(text: string, problems: CptCsvProblem[]): CsvRow[] {
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let position = 0;
  let quoted = false;
  let quoteLine = 1;
  const endRow = (): void => {
    fields.push(field);
    rows.push({ line: rowLine, fields });
    fields = [];
    field = '';
  };
  while (position < text.length) {
    const char = text[position] as string;
    if (quoted) {
      if (char === '"' && text[position + 1] === '"') { field += '"'; position += 2; continue; }
      if (char === '"') { quoted = false; position++; continue; }
      if (char === '\n') line++;
      field += char;
      position++;
      continue;
    }
    if (char === '"' && field.trim() === '') { field = ''; quoted = true; quoteLine = line; position++; continue; }
    if (char === ',') { fields.push(field); field = ''; position++; continue; }
    if (char === '\r' && text[position + 1] === '\n') { position++; continue; }
    if (char === '\n' || char === '\r') {
      endRow();
      line++;
      rowLine = line;
      position++;
      continue;
    }
    field += char;
    position++;
  }
  if (quoted) {
    problems.push({ line: quoteLine, message: 'A quoted field is never closed; the rest of the file from this line is skipped.' });
    return rows;
  }
  if (field !== '' || fields.length > 0) endRow();
  return rows;
}
