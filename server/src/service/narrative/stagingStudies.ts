import type { Span } from '../spans';
import { spanOf } from '../spans';
import { isBulletMark, isLineSpace } from './charCodes';
import type { SectionHeaderEntry, SectionHeaderLookup } from './sectionHeaders';
import { normaliseHeader } from './sectionHeaders';
import { isStudyTitle } from './studyLabels';

/**
 * A bare "Staging:" header that heads the staging studies and their results ("Staging:\n- CT chest 11/15: 3 R lung nodules
 * … concerning for pulmonary metastases.\n- Bone scan: …", "Staging: PSMA PET 09/2026 - no nodal or distant metastatic
 * disease") is Results, as the header table reads "Staging so far:" and "Staging summary:"; a "Staging:" that gives the
 * stage ("Staging: cT2 cN1 cM0, AJCC 8 stage I") stays Diagnoses (ANNOTATION.md's header table, Results and Diagnoses rows),
 * and so does a listed "- staging:" item of a plan.
 */

type FoundHeader = { entry: SectionHeaderEntry; title: string; headerSpan: Span };

/** The most characters of a study's label read after the header ("CT chest/abd/pelvis 10/18", "PSMA PET 09/2026"). */
const MAX_LABEL_LENGTH = 48;

/** A tracer named before the study it marks ("PSMA PET", "FDG PET/CT", "DOTATATE PET"). */
const TRACER = /^(?:psma|fdg|dotatate|fes|choline|fluciclovine)\s+/i;

/** Where a study's label ends: its colon, a spaced dash before its result, or a sentence's end. */
const LABEL_END = /:|\s[-\u2013\u2014]+\s|[.;]/;

/** `header`, made Results when it is a bare "Staging" whose text (on its line, or the first line below) opens with a study. */
export function withStagedStudies(text: string, header: FoundHeader | undefined, lineEnd: number, headers: SectionHeaderLookup): FoundHeader | undefined {
  if (header === undefined || normaliseHeader(header.title) !== 'staging' || isListed(text, header.headerSpan.offset, header.title)) return header;
  const results = headers.get('results');
  if (results === undefined) return header;
  let at = skipQualifier(text, header.headerSpan.offset + header.headerSpan.length, lineEnd);
  while (at < lineEnd && (isLineSpace(text.charCodeAt(at)) || text.charCodeAt(at) === 0x3a /* : */)) at++;
  let end = lineEnd;
  if (at >= lineEnd) {
    // Nothing after the header: its first listed item, on the next line, names what the block holds.
    at = lineEnd + 1;
    end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
  }
  return opensStudy(text, at, end) ? { ...header, entry: results } : header;
}

/**
 * Where the text after a header's words goes on past the parenthesis that qualifies them ("Staging (ordered by me, reviewed
 * today):"): a qualifier says who ordered or read the studies, not what the block holds, so the block's first item still tells
 * whether it lists studies (ANNOTATION.md's header table: "Staging (ordered by me, reviewed today):" is Results).
 */
function skipQualifier(text: string, at: number, lineEnd: number): number {
  let open = at;
  while (open < lineEnd && isLineSpace(text.charCodeAt(open))) open++;
  if (text.charCodeAt(open) !== 0x28 /* ( */) return at;
  const close = text.indexOf(')', open);
  return close < 0 || close >= lineEnd ? at : close + 1;
}

/**
 * The label alone on its line that heads a list of studies and their results by a staging or surveillance word the table does
 * not spell ("Staging at dx (06/2026):\n- PET/CT: avid R iliac lesion …", "Surveillance since last visit:\n * CT chest low-dose
 * 09/2026: …", "Recent surveillance:\n- MRI brain 09/2026: …"): the studies done and what they showed, which the table reads as
 * Results ("Staging so far:", "Staging summary:", "Restaging 11/2026"). The first line below must report a study: its label
 * closed by a colon, so a plan's list of studies to come ("Surveillance:\n- CT C/A/P q6 mo") opens nothing. Only the line and
 * the next one are read: linear.
 */
export function studyListHeaderOnLine(text: string, start: number, end: number, colon: number, headers: SectionHeaderLookup): FoundHeader | undefined {
  let first = start;
  while (first < end && isLineSpace(text.charCodeAt(first))) first++;
  if (colon - first > MAX_LABEL_LENGTH || colon <= first || text.slice(colon + 1, end).trim() !== '') return undefined;
  const title = text.slice(first, colon).trimEnd();
  const words = title.replace(/\([^()]*\)/g, ' ').toLowerCase().split(/[^a-z]+/).filter((word) => word !== '');
  if (words.length === 0 || words.length > MAX_LIST_LABEL_WORDS || !words.some((word) => STUDY_LIST_WORDS.has(word)) || !/^[A-Z]/.test(title)) return undefined;
  const next = end + 1;
  let nextEnd = text.indexOf('\n', next);
  if (nextEnd < 0) nextEnd = text.length;
  const results = headers.get('results');
  if (results === undefined || !opensReportedStudy(text, next, nextEnd)) return undefined;
  return { entry: results, title, headerSpan: spanOf(first, first + title.length) };
}

/** The most words of a study list's label ("Surveillance since last visit", "Staging at dx"). */
const MAX_LIST_LABEL_WORDS = 5;
/** The words that make a label head the studies of a staging or a surveillance. */
const STUDY_LIST_WORDS = new Set(['staging', 'restaging', 'surveillance']);

/** Whether the line `[start, end)`, after its list mark, opens with a study's label closed by a colon ("- MRI brain 09/2026:"). */
function opensReportedStudy(text: string, start: number, end: number): boolean {
  let at = start;
  while (at < end && (isLineSpace(text.charCodeAt(at)) || isBulletMark(text.charCodeAt(at)))) at++;
  const colon = text.slice(at, Math.min(end, at + MAX_LABEL_LENGTH)).indexOf(':');
  if (colon <= 0) return false;
  const label = text.slice(at, at + colon).trim();
  return isStudyTitle(label) || isStudyTitle(label.replace(TRACER, ''));
}

/** Whether the text at `[start, end)`, after its list mark, opens with a study's label ("- CT chest 11/15:", "PET/CT 11/05:"). */
function opensStudy(text: string, start: number, end: number): boolean {
  let at = start;
  while (at < end && (isLineSpace(text.charCodeAt(at)) || isBulletMark(text.charCodeAt(at)))) at++;
  const window = text.slice(at, Math.min(end, at + MAX_LABEL_LENGTH));
  const cut = LABEL_END.exec(window);
  const label = (cut === null ? window : window.slice(0, cut.index)).trim();
  return label.length > 0 && (isStudyTitle(label) || isStudyTitle(label.replace(TRACER, '')));
}

/**
 * Whether a list mark stands before the header on its line: "- staging: CT C/A/P and bone scan - r/o distant metastatic
 * disease" is an item of a plan, the studies to come, not a block of their results.
 */
function isListed(text: string, offset: number, title: string): boolean {
  // The header's title may hold its own list mark ("- staging").
  if (isBulletMark(title.trimStart().charCodeAt(0))) return true;
  let at = offset - 1;
  while (at >= 0 && isLineSpace(text.charCodeAt(at))) at--;
  return at >= 0 && isBulletMark(text.charCodeAt(at));
}
