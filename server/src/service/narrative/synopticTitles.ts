import type { Span } from '../spans';
import { spanOf } from '../spans';
import { isSpaceOrTab } from './charCodes';
import type { SectionHeaderEntry, SectionHeaderLookup } from './sectionHeaders';

/**
 * The title line of a synoptic (CAP protocol) report opens the report's own part, `Pathology` (ANNOTATION.md's header
 * table: "a synoptic report ('Endometrium Synoptic (CAP)', 'SYNOPTIC (Thymic Epithelial Tumors)')"), whatever protocol,
 * organ or version the line names after the word: "SYNOPTIC - COLON AND RECTUM: RESECTION (CAP v4.3)", "LUNG SYNOPTIC (CAP
 * Lung Resection v4.4):", "CANCER CASE SUMMARY (Kidney, Resection - CAP v4.2)". Its fields ("Procedure: Partial
 * nephrectomy", "Additional Findings: Papillary adenoma") are lines of the pathologist's form and stay in that part (rule 3),
 * not an operative note's Procedure or a results section.
 */

type FoundHeader = { entry: SectionHeaderEntry; title: string; headerSpan: Span };

/** The longest line read as a synoptic title. */
const MAX_TITLE_LENGTH = 100;

/**
 * Up to four capitalised words (an organ, a procedure, "CAP", a dash or colon between them) and then the word "synoptic", or
 * the CAP form's own "Cancer Case Summary": a line of prose or a list item ("- carcinoma, 3.2 cm (see synoptic)") is no title.
 */
const SYNOPTIC_TITLE = /^(?:[A-Z][\w/&]*[:,]?\s+(?:-\s+)?){0,4}(?:SYNOPTIC|Synoptic)\b|^(?:CANCER CASE SUMMARY|Cancer Case Summary)\b/;

/**
 * The synoptic title written on the line `[start, end)`, as a Pathology section whose header span is empty: the title's
 * words stay tokens, because the organ the form names is the site of the fields below it (`specimen.ts`).
 */
export function synopticTitleOnLine(text: string, start: number, end: number, headers: SectionHeaderLookup): FoundHeader | undefined {
  let first = start;
  while (first < end && isSpaceOrTab(text.charCodeAt(first))) first++;
  if (end - first > MAX_TITLE_LENGTH || end - first < 8 || !opensWithCapital(text, first)) return undefined;
  const line = text.slice(first, end).trimEnd();
  if (!SYNOPTIC_TITLE.test(line) || line.endsWith('.')) return undefined;
  const entry = headers.forTitle('synoptic summary');
  return entry === undefined ? undefined : { entry, title: line, headerSpan: spanOf(first, first) };
}

/**
 * What `SYNOPTIC_TITLE` needs first, tested on one character since every line without a header is asked: both its forms
 * open with a capital letter ("SYNOPTIC", "Lung Synoptic", "Cancer Case Summary"), so a line of prose, a list item or a
 * value opening in lower case, a digit or a mark is no title, without the slice and the expression.
 */
function opensWithCapital(text: string, first: number): boolean {
  const code = text.charCodeAt(first);
  return code >= 0x41 && code <= 0x5a;
}

/** The header kinds a synoptic form's field may be spelled like: an operative note's procedure, a report's findings. */
const FIELD_LIKE_NAMES: ReadonlySet<string> = new Set(['Procedure', 'Results']);

/**
 * "FINAL DIAGNOSIS: …\nPROCEDURE: LOBECTOMY\nHISTOLOGIC TYPE: …": in a pathology report a procedure with its value on the line
 * is a field of the synoptic report, which stays Pathology (ANNOTATION.md), not an operative note's Procedure; under a synoptic
 * title a findings field with its value ("Additional Findings: Papillary adenoma") is one too.
 */
export function isSynopticField(text: string, header: FoundHeader, previous: FoundHeader | undefined, inSynoptic: boolean, lineEnd: number): boolean {
  const fieldLike = header.entry.name === 'Procedure' ? previous?.entry.kind === 'pathology' : inSynoptic && FIELD_LIKE_NAMES.has(header.entry.name);
  if (!fieldLike) return false;
  const rest = text.slice(header.headerSpan.offset + header.headerSpan.length, lineEnd);
  return /^\s*:\s*\S/.test(rest);
}
