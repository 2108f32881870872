import type { Span } from '../spans';
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
  let at = header.headerSpan.offset + header.headerSpan.length;
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
