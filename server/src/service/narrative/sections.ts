import type { Span } from '../spans';
import { spanOf } from '../spans';
import { lastAtOrBefore } from '../sortedSearch';
import { isAsciiAlnum, isIndentOrMarkdown, isLineSpace, trimmedEnd } from './charCodes';
import type { NoteSection } from './model';
import type { SectionHeaderEntry, SectionHeaderLookup } from './sectionHeaders';
import { normaliseHeader } from './sectionHeaders';
import { addendumHeaderOnLine, nextAddendumAt } from './addendumHeaders';
import { withProcedureTechniques } from './procedureTechnique';
import { isContinuedFrozenField } from './frozenLabel';
import type { InlineField } from './inlineFields';
import { inlineFieldsOfLine } from './inlineFields';
import { studyLabelOnLine } from './studyLabels';
import { studyListHeaderOnLine, withStagedStudies } from './stagingStudies';
import { reportNoteHeaderOnLine } from './reportNotes';
import { relativeLineHeader } from './relativeLines';
import { meaningHeaderOnLine } from './headerMeaning';
import { treatmentLineHeader } from './treatmentLine';
import { framedHeaderOnLine } from './framedHeaders';
import { formPartHeaderOnLine } from './formPartHeaders';
import { abbreviationInLine } from './inlineAbbreviation';
import { isSynopticField, synopticTitleOnLine } from './synopticTitles';
import { opensListItem } from './listItemLines';
import { isStrayHandoffLetter } from './handoffLetters';
import { headerCut } from './headerCut';
import { registryTextHeaderOnLine } from './registryHeaders';
import { certificatePartOnLine } from './certificateParts';
import { withReportFinalDiagnoses } from './reportFinalDiagnoses';
import { WRITING_QUALIFIER, annotatedHeader, annotationStripped, dashedHeader, isDroppedSeparator } from './annotatedHeaders';

/**
 * Finds the section headers of one encounter. A header is a line that starts with a known spelling
 * followed by a colon (`PMH: HTN, DM` — the rest of the line belongs to the section), or a line that is
 * nothing but a known spelling (`ASSESSMENT AND PLAN`, `Impression`). One pass over the lines; each
 * line is looked at once, and only its first 48 characters, so the scan is linear in the text.
 */

/** The longest header text (before its colon) that is looked up. */
const MAX_HEADER_LENGTH = 48;

/**
 * Reads the sections of `text` between `span.offset` and its end; `inlineFields`, when given, receives the offsets of the
 * header fields written inline in a line ("…, FH: neg"; `inlineFields.ts`), looked for only on lines that hold a colon.
 */
export function findSections(text: string, span: Span, headers: SectionHeaderLookup, inlineFields?: InlineField[]): NoteSection[] {
  const end = span.offset + span.length;
  const found: { entry: SectionHeaderEntry; title: string; headerSpan: Span }[] = [];
  let lineStart = span.offset;
  // The first colon at or after the line's start (-1 when none is left), looked for again only once a line passes it: linear.
  let nextColon = text.indexOf(':', lineStart);
  // Likewise the next "addendum": a line without the word holds no addendum's header.
  let nextAddendum = nextAddendumAt(text, lineStart);
  // Where a rule line closed the section a header opened (by the header's index in `found`), whether the last header's
  // section holds any text yet, and whether the line before was blank.
  const cuts = new Map<number, number>();
  let bodySeen = false;
  let afterBlank = false;
  // Whether a line since the last header opened a list item ("# CAP, RLL - …", "1. …"): the plan has listed its problems.
  let itemsSeen = false;
  // Whether the last section opened is a synoptic report's title ("SYNOPTIC - COLON AND RECTUM: RESECTION"; `synopticTitles.ts`).
  let inSynoptic = false;
  while (lineStart < end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    if (nextColon >= 0 && nextColon < lineStart) nextColon = text.indexOf(':', lineStart);
    const lineHasColon = nextColon >= 0 && nextColon < lineEnd;
    if (lineHasColon && inlineFields !== undefined) inlineFieldsOfLine(text, lineStart, lineEnd, nextColon, headers, inlineFields);
    if (nextAddendum >= 0 && nextAddendum < lineStart) nextAddendum = nextAddendumAt(text, lineStart);
    const addendum = nextAddendum >= 0 && nextAddendum < lineEnd ? addendumHeaderOnLine(text, lineStart, lineEnd, headers) : undefined;
    const header = addendum ?? withReportFinalDiagnoses(withStagedStudies(text, headerOnLine(text, lineStart, lineEnd, headers), lineEnd, headers), found[found.length - 1], headers)
      ?? framedHeaderOnLine(text, lineStart, lineEnd, headers) ?? certificatePartOnLine(text, lineStart, lineEnd, headers, found[found.length - 1])
      ?? formPartHeaderOnLine(text, lineStart, lineEnd, headers) ?? registryTextHeaderOnLine(text, lineStart, lineEnd, headers) ?? (lineHasColon ? studyLabelOnLine(text, lineStart, lineEnd, headers, found[found.length - 1])
      ?? reportNoteHeaderOnLine(text, lineStart, lineEnd, nextColon, headers, found[found.length - 1])
      ?? meaningHeaderOnLine(text, lineStart, lineEnd, nextColon, headers) ?? studyListHeaderOnLine(text, lineStart, lineEnd, nextColon, headers) ?? treatmentLineHeader(text, lineStart, lineEnd, nextColon, found[found.length - 1], headers)
      ?? relativeLineHeader(text, lineStart, lineEnd, headers, found[found.length - 1]) : undefined) ?? abbreviationInLine(text, lineStart, lineEnd, lineHasColon && found.length === 0, headers);
    const synopticTitle = header === undefined ? synopticTitleOnLine(text, lineStart, lineEnd, headers) : undefined;
    if (synopticTitle !== undefined) {
      found.push(synopticTitle);
      inSynoptic = true;
      bodySeen = true;
    } else if (header !== undefined && !isSynopticField(text, header, found[found.length - 1], inSynoptic, lineEnd) && !(isAssessmentProblemLead(header, found[found.length - 1]) && !itemsSeen)
      && !isSystemIdField(text, header, lineEnd) && !isContinuedFrozenField(text, lineStart, header) && !isStrayHandoffLetter(header, found[found.length - 1])) {
      found.push(header);
      itemsSeen = false;
      inSynoptic = false;
      bodySeen = hasTextAfter(text, header.headerSpan.offset + header.headerSpan.length, lineEnd);
    } else if (isRuleLine(text, lineStart, lineEnd)) {
      // "RECOMMENDATION: …\n\n-----\nCASE 2 - 45F …": a rule line set off by a blank line below a section's text closes the
      // section, so the next case of a tumor board's minutes is no part of the last case's recommendation. A rule right under
      // a header or a table's column titles ("Problem List      Status\n-----") is their underline.
      if (bodySeen && afterBlank && found.length > 0 && !cuts.has(found.length - 1)) cuts.set(found.length - 1, lineStart);
    } else if (!bodySeen && hasTextAfter(text, lineStart, lineEnd)) bodySeen = true;
    afterBlank = !hasTextAfter(text, lineStart, lineEnd);
    itemsSeen ||= opensListItem(text, lineStart, lineEnd);
    lineStart = lineEnd + 1;
  }
  // Pushed into a literal rather than mapped: an optimised `map` builds an array of another map than the
  // interpreted one, and the passes that walk the sections were sent back to the interpreter when it changed.
  const sections: NoteSection[] = [];
  withProcedureTechniques(found, headers).forEach((header, index) => {
    const next = found[index + 1];
    const sectionEnd = trimmedEnd(text, header.headerSpan.offset, cuts.get(index) ?? (next === undefined ? end : next.headerSpan.offset));
    sections.push({
      kind: header.entry.kind,
      name: header.entry.name,
      title: header.title,
      headerSpan: header.headerSpan,
      span: spanOf(header.headerSpan.offset, sectionEnd),
    });
  });
  return sections;
}

/** Whether `[from, to)` holds text other than spaces and a header's colon. */
function hasTextAfter(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (!isLineSpace(code) && code !== 0x3a /* : */) return true;
  }
  return false;
}

/** A line of ten or more `-`, `=`, `_` or `*` and nothing else but spaces: a document's rule between its parts. */
function isRuleLine(text: string, start: number, end: number): boolean {
  let marks = 0;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x2d || code === 0x3d || code === 0x5f || code === 0x2a) marks++;
    else if (!isLineSpace(code)) return false;
  }
  return marks >= 10;
}

/**
 * "ID: 45F premenopausal, R breast cancer …" opens a note with the patient's identifying summary, the story of the illness
 * (ANNOTATION.md's header table); "ID: cefepime day 3" in a plan by organ system is the infectious-disease item. A bare "ID"
 * is read as a header only when the patient's age follows it on its line.
 */
function isSystemIdField(text: string, header: { title: string; headerSpan: Span }, lineEnd: number): boolean {
  // Only a title of the letters i and d, with spaces, dashes, underscores or a colon, can normalise to "id": any other is
  // turned away before the three regular expressions of the normalising run.
  if (!ID_TITLE_CHARACTERS.test(header.title) || normaliseHeader(header.title) !== 'id') return false;
  const rest = text.slice(header.headerSpan.offset + header.headerSpan.length, Math.min(lineEnd, header.headerSpan.offset + header.headerSpan.length + 24));
  return !IDENTIFYING_AGE.test(rest);
}

/** The characters a title normalising to "id" is made of (`normaliseHeader`). */
const ID_TITLE_CHARACTERS = /^[\s_:id-]+$/i;

/** An age after a header's colon ("45F", "44 yo F", "7 y.o. boy", "67 y/o M", "52-year-old"). */
const IDENTIFYING_AGE = /^\s*:\s*\d{1,3}\s*-?\s*(?:(?:yo|y\/o|yrs?|years?|months?|mo|[FM])\b|y\.o\.)/i;

/**
 * "ASSESSMENT & PLAN:\n74F w/ …\n\nActive problems:\n1. Acute on chronic HFpEF - …": a problem list opened right after an
 * assessment and plan is that plan's problem-by-problem part, as its numbered problem labels are (ANNOTATION.md), not the
 * record's problem list. Once the plan has listed its own problems ("# CAP …\n# BPH …\n\nProblem List (copied from H&P):"),
 * a problem list after them is the record's (the caller asks `opensListItem` of the lines between).
 */
function isAssessmentProblemLead(header: { entry: SectionHeaderEntry }, previous: { entry: SectionHeaderEntry } | undefined): boolean {
  return header.entry.kind === 'problem-list' && previous?.entry.kind === 'assessment-and-plan';
}

/** The header at the start of the line `[start, end)`, if the line has one. */
function headerOnLine(
  text: string, start: number, end: number, headers: SectionHeaderLookup,
): { entry: SectionHeaderEntry; title: string; headerSpan: Span } | undefined {
  let first = start;
  while (first < end && isIndentOrMarkdown(text.charCodeAt(first))) first++;
  if (!mayOpenHeader(text, first, end, headers)) return undefined;
  const window = text.slice(first, Math.min(end, first + MAX_HEADER_LENGTH + 1));
  const colon = window.indexOf(':');
  // "Chief Complaint<tab>Confusion, fall": an EHR export sets a header off from its text by a tab, or by a column's run of
  // spaces ("ACTIVE PROBLEM LIST      Last reviewed: 11/25/2026").
  const cut = headerCut(window, colon);
  if (cut === undefined) return undefined;
  const candidate = cut >= 0 ? window.slice(0, cut) : wholeLine(text, first, end);
  if (candidate === undefined) return longQualifiedHeader(text, first, end, window, headers);
  const title = candidate.replace(/[\s*#]+$/, '');
  if (title.length === 0 || /[.;]/.test(title)) return longQualifiedHeader(text, first, end, window, headers);
  if (title.includes(',')) return longQualifiedHeader(text, first, end, window, headers) ?? commaQualifiedHeader(title, first, cut === colon, headers);
  // SOAP's letters open a line; indented inside a patient's block they are an I-PASS sign-out's items (P: patient summary,
  // A: action list, S: situation awareness), not a note's Plan, Assessment and Subjective.
  if (title.length === 1 && first > start) return undefined;
  const entry = headers.forTitle(title) ?? qualifiedHistoryHeader(title, headers) ?? annotatedHeader(title, headers);
  if (entry === undefined) return longQualifiedHeader(text, first, end, window, headers) ?? parenthesisedHeader(title, first, headers);
  return { entry, title, headerSpan: spanOf(first, first + title.length) };
}

/**
 * "Skin exam today, other sites:": a known header qualified after a comma, closed by its colon. The header is its words
 * before the comma, also when they carry their date or provenance ("Final Pathology (11/27/2026), reviewed w/ pt:"); the
 * qualifier stays text.
 */
function commaQualifiedHeader(title: string, first: number, closedByColon: boolean, headers: SectionHeaderLookup): { entry: SectionHeaderEntry; title: string; headerSpan: Span } | undefined {
  if (!closedByColon) return undefined;
  const words = title.slice(0, title.indexOf(','));
  const dateless = annotationStripped(words);
  const entry = words.length >= 2 ? headers.forTitle(words) ?? (dateless === undefined ? undefined : headers.forTitle(dateless)) : undefined;
  return entry === undefined ? undefined : { entry, title: words, headerSpan: spanOf(first, first + words.length) };
}

/**
 * "Diagnosis (ICD-10):", "Path (LAR 1/2023):": a known header whose parenthesis neither dates it nor names a history's
 * source. The header keeps its name (ANNOTATION.md, rule 2), and only its words are the header: the parenthesis stays
 * text, so a specimen it names ("rectal bx") is still read by the passes that take a site from the text.
 */
function parenthesisedHeader(title: string, first: number, headers: SectionHeaderLookup): { entry: SectionHeaderEntry; title: string; headerSpan: Span } | undefined {
  const open = title.indexOf(' (');
  if (open <= 0 || !title.endsWith(')')) return undefined;
  const words = title.slice(0, open);
  const entry = headers.forTitle(words);
  return entry === undefined ? undefined : { entry, title: words, headerSpan: spanOf(first, first + words.length) };
}

/**
 * "Family History (3-generation pedigree obtained; Ashkenazi Jewish: no):": a history header whose qualifier holds its
 * own punctuation or colon, or runs past the header window. The words before " (" must be a qualifiable history header,
 * and the line's first ")" after them must close the header with a colon (or end the line). Read only on a line the
 * usual reading turned away, within the line: linear.
 */
function longQualifiedHeader(
  text: string, first: number, end: number, window: string, headers: SectionHeaderLookup,
): { entry: SectionHeaderEntry; title: string; headerSpan: Span } | undefined {
  const open = window.indexOf(' (');
  if (open <= 0) return undefined;
  const known = headers.forTitle(window.slice(0, open)) ?? dashedHeader(window.slice(0, open), headers);
  const close = text.indexOf(')', first + open);
  if (close < 0 || close >= end) return undefined;
  const after = text.slice(close + 1, end).trim();
  // "PATHOLOGY (received 11/20/2026), Helen Marchetti, MD:": who signed it may follow the parenthesis, up to the colon.
  if (after !== '' && !after.startsWith(':') && !(after.startsWith(',') && after.indexOf(':') === after.length - 1)) return undefined;
  // "Prior visit 06/12/2026 (copied forward, reviewed):", alone on its line, runs past the window with its words dated.
  const entry = known ?? (after === ':' || after === '' ? annotatedHeader(window.slice(0, open), headers) : undefined);
  if (entry === undefined) return undefined;
  const title = text.slice(first, close + 1);
  if (QUALIFIED_KINDS.has(entry.kind) || WRITING_QUALIFIER.test(title)) return { entry, title, headerSpan: spanOf(first, close + 1) };
  // Other headers read a long qualifier as theirs only when it says when or whence they were written ("(copied forward,
  // updated 10/14/26)"). Any other parenthesis closed by the header's colon ("Recommendations (NCCN …: Breast, Ovarian):")
  // stays text after the header's words, and so does one ending a line that is nothing but the header ("LATE EFFECTS &
  // SURVEILLANCE (COG long-term follow-up guidelines)"; ANNOTATION.md: "with or without a date or a parenthesis after it"),
  // except a pathology title ("SYNOPTIC SUMMARY (CAP Endometrium, Hysterectomy)"), whose whole line the synoptic report's
  // reading takes its organ from.
  if (after === '' && entry.kind === 'pathology') return undefined;
  return { entry, title: window.slice(0, open), headerSpan: spanOf(first, first + open) };
}

/** The history sections whose header may carry a qualifier in parentheses: their lists are the patient's or the family's. */
const QUALIFIED_KINDS = new Set(['past-medical-history', 'past-surgical-history', 'family-history', 'social-history']);

/**
 * "FHx (for the record)", "Family History (per patient)": a history header qualified by a parenthesis before its colon.
 * Other headers keep their parenthesis unread: "Path (rectal bx):" names a specimen the reader takes from the text.
 */
function qualifiedHistoryHeader(title: string, headers: SectionHeaderLookup): SectionHeaderEntry | undefined {
  const open = title.lastIndexOf(' (');
  if (open <= 0 || !title.endsWith(')')) return undefined;
  const entry = headers.forTitle(title.slice(0, open));
  return entry !== undefined && QUALIFIED_KINDS.has(entry.kind) ? entry : undefined;
}

/**
 * Whether the line's text from `first` may be a header, by its first letters. Normalising drops the
 * spaces, `_` and `-` before them, and a run of ASCII letters and digits after those is the start of the
 * normalised header's first word (lower-casing, spaces, `_`, `-` and the trailing decoration touch none
 * of it), so when no spelling's first word begins so, the line holds no header; nor does a line of
 * nothing but those separators. A line whose text opens with any other character is read in full.
 */
function mayOpenHeader(text: string, first: number, end: number, headers: SectionHeaderLookup): boolean {
  let runStart = first;
  while (runStart < end && isDroppedSeparator(text.charCodeAt(runStart))) runStart++;
  if (runStart === end) return false;
  let runEnd = runStart;
  while (runEnd < end && isAsciiAlnum(text.charCodeAt(runEnd))) runEnd++;
  const length = runEnd - runStart;
  if (length === 0) return true;
  // The run's first two letters turn most lines away before its text is cut and lower-cased.
  if (!headers.mayBeginWithCodes(asciiLower(text.charCodeAt(runStart)), length > 1 ? asciiLower(text.charCodeAt(runStart + 1)) : -1)) return false;
  return length <= 2 || headers.mayBeginWith(text.slice(runStart, runEnd).toLowerCase());
}

/** An ASCII letter or digit's code in lower case. */
function asciiLower(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
}

/** The whole line when it is short enough to be a header on its own, else undefined. */
function wholeLine(text: string, start: number, end: number): string | undefined {
  if (end - start > MAX_HEADER_LENGTH) return undefined;
  const line = text.slice(start, end).replace(/\r$/, '');
  return line.trim() === '' ? undefined : line;
}

/** The section holding the offset, if any; `starts` are the sections' start offsets in order. */
export function sectionAt(sections: readonly NoteSection[], starts: readonly number[], offset: number): NoteSection | undefined {
  const found = sections[lastAtOrBefore(starts, starts.length, offset)];
  if (found === undefined || offset > found.span.offset + found.span.length) return undefined;
  return found;
}
