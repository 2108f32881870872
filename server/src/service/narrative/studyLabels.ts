import type { Span } from '../spans';
import { spanOf } from '../spans';
import { isAsciiDigit, isIndentOrMarkdown, isLineSpace } from './charCodes';
import type { NoteSection } from './model';
import type { SectionHeaderEntry, SectionHeaderLookup } from './sectionHeaders';
import { isSampleTitle } from './sampleLabels';

/**
 * A study label that opens a block of imaging text: "CT C/A/P w/ contrast (11/30):", "MRI brain w/wo 11/10/2026 (my review):",
 * "Staging PET/CT:", "CT head / MRI brain:", after a blank line, at the start of its line and ending in the line's first colon,
 * alone on its line or with the report after the colon ("STAGING CT C/A/P 11/12: 6.2 cm nodal conglomerate …"). ANNOTATION.md
 * reads a label that opens a block as a header meaning Results. A listed study ("- CT 10/2026: …", an item of a history or a
 * plan), a study line that goes on from the line before (an HPI's story), a guided biopsy ("CT-guided bx 11/3:") and a study
 * still to come ("CT C/A/P in 3 mo:") open no Results.
 *
 * The label's words stay in the token stream (`isStudyLabel`): they name the study's organ, which a site-less finding in
 * the report below takes ("MRI brain: … possible early mets"), as they did before the label was a header.
 */

/** The longest label (before its colon) read as a study's. */
const MAX_LABEL_LENGTH = 48;

/**
 * Words that may stand before the study's name ("Staging PET/CT", "Outside CT A/P", "Baseline MRI brain"), with the time of a
 * study within a treatment ("Interim PET/CT after 2 cycles", "Post-op MRI brain 10/31").
 */
const STUDY_QUALIFIERS = 'staging|restaging|outside|repeat|baseline|interval|surveillance|initial|diagnostic|prior|recent|most recent|interim|post-?op|post-?operative';
/** The body region a study may be named by before its name ("Scrotal US 11/30:", "Pelvic MRI:", "Chest CT:", "Thyroid ultrasound:"). */
const STUDY_REGIONS = 'scrotal|testicular|pelvic|abdominal|renal|thyroid|breast|chest|neck|head|liver|hepatic|transvaginal|prostate|bladder|spine';
/** The study names a label opens with. */
const STUDY_NAMES = 'ct|cta|ldct|mri|mra|pet|pet/ct|pet-ct|fdg pet/ct|fdg-pet/ct|cxr|x-ray|xr|us|ultrasound|mammogram|mammography|mammo|bone scan|nm bone scan|echo|tte'
  // The ultrasounds named by their route: an endoscopic ("EUS 11/12/2026: 22 x 18 mm hypoechoic lesion") and a transvaginal one.
  + '|eus|tvus';
/** A label: optional qualifiers and region, a study name ended by a space, slash, parenthesis or the label's end, then no sentence punctuation. */
const STUDY_LABEL = new RegExp(`^(?:(?:${STUDY_QUALIFIERS})\\s+)*(?:(?:${STUDY_REGIONS})\\s+)?(?:${STUDY_NAMES})(?=[\\s/(]|$)[^.;:]*$`, 'i');
/** A label of a biopsy, or of a study to come, is no imaging report. */
const NOT_A_REPORT = /\b(?:bx|biopsy|biopsies|fna|guided|aspiration|core|needle|in \d|next|due|planned|ordered|pending|scheduled|to be)\b/i;

/**
 * The study label opening the line `[start, end)` after a blank line, or right under a pathology block's or an exam's lines
 * (`current`, the section open above it), with the entry it opens; undefined when the line opens none. A pathology block reports
 * tissue: a study's report opening its own line under it ("B. Hepatic flexure mass bx: invasive adenocarcinoma.\nCT C/A/P w/
 * contrast (11/30): …", "Pathology (core bx): IDC.\nStaging PET/CT: no distant mets.") is no part of it; an exam reports what
 * the examiner found, so a study's or a sample's report under it ("O: Abdomen distended.\nCT A/P 11/28: new peritoneal
 * implants", "O: Spleen 16 cm …\nBM bx 11/2026: …") is none of its findings; whereas under a history the study line is the
 * story the history goes on to tell. A dated sample label with its result (`sampleLabels.ts`) opens Results where a study's
 * does, save under a pathology block, whose lettered parts name their samples.
 */
export function studyLabelOnLine(
  text: string, start: number, end: number, headers: SectionHeaderLookup, current?: { entry: SectionHeaderEntry },
): { entry: SectionHeaderEntry; title: string; headerSpan: Span } | undefined {
  const blockStart = afterBlankLine(text, start);
  if (!blockStart && !(startsLine(text, start) && (current?.entry.kind === 'pathology' || current?.entry.kind === 'exam'))) return undefined;
  let first = start;
  while (first < end && isIndentOrMarkdown(text.charCodeAt(first))) first++;
  const window = text.slice(first, Math.min(end, first + MAX_LABEL_LENGTH + 1));
  const colon = labelColon(text, window, first, end);
  // "CT 10:30": a time's colon ends no label.
  if (colon <= 0 || isAsciiDigit(text.charCodeAt(first + colon + 1))) return undefined;
  const title = text.slice(first, first + colon).replace(/[\s*]+$/, '');
  // A sample label under a pathology block is a part of its report ("B. Gastric antrum bx 11/20:"), not a result reported apart.
  if (!isStudyTitle(title) && !(isSampleTitle(title) && (blockStart || current?.entry.kind === 'exam'))) return undefined;
  // "CT ABD/PELVIS 11/30/2026 - IMPRESSION (copied):": the part of the report the label names is the section.
  const part = STUDY_PART.exec(title)?.[1];
  const entry = (part === undefined ? undefined : headers.forTitle(part)) ?? headers.get('results');
  return entry === undefined ? undefined : { entry, title, headerSpan: spanOf(first, first + title.length) };
}

/**
 * The label's colon in the window, or past it when the label's words fit the window and its parenthesis closes right at the
 * colon ("MRI pituitary w/wo (10/28/2026, outside, reviewed today):"): a date and a provenance leave a study its label, however
 * long (ANNOTATION.md rule 2). Read within twice the window: linear in the line.
 */
function labelColon(text: string, window: string, first: number, end: number): number {
  const colon = window.indexOf(':');
  if (colon >= 0) return colon;
  const open = window.indexOf(' (');
  if (open <= 0) return -1;
  // The closing parenthesis is looked for only up to the limit: a search to the note's end from every such line would make the
  // section finder quadratic in a note whose lines open parentheses they never close.
  const limit = Math.min(end, first + MAX_LABEL_LENGTH * 2);
  const inLimit = text.slice(first + open, limit).indexOf(')');
  const close = inLimit < 0 ? -1 : first + open + inLimit;
  return close >= 0 && text.charCodeAt(close + 1) === 0x3a /* : */ ? close + 1 - first : -1;
}

/** A report part named at the label's end, after a dash or a date ("… 11/30/2026 - IMPRESSION (copied)", "… 03/2026 IMPRESSION"). */
const STUDY_PART = /(?:\s[-\u2013\u2014]\s*|\d\s+)(impression|impressions|findings|conclusion)(?:\s*\([^)]*\))?$/i;

/**
 * Whether the line at `start` opens a block: a blank line stands before it. A study line that goes on from the line before
 * ("HOSPITAL COURSE\nMRI whole spine 11/22: T10 metastasis …", an HPI's "…weight loss.\nCT C/A/P 11/28: innumerable liver
 * lesions") is the story that section tells; the note's first line is its title ("CT chest: 5 cm anterior mediastinal mass").
 */
function afterBlankLine(text: string, start: number): boolean {
  if (start < 2 || text.charCodeAt(start - 1) !== 0x0a) return false;
  let position = start - 2;
  while (position >= 0 && isLineSpace(text.charCodeAt(position))) position--;
  return position >= 0 && text.charCodeAt(position) === 0x0a;
}

/** Whether `start` opens a line after the text's first one. */
function startsLine(text: string, start: number): boolean {
  return start >= 2 && text.charCodeAt(start - 1) === 0x0a;
}

/** Whether a header's title is a study label (`studyLabelOnLine`). */
export function isStudyTitle(title: string): boolean {
  // "us:" in lower case is the pronoun's line, not an ultrasound's.
  if (!STUDY_LABEL.test(title) || NOT_A_REPORT.test(title)) return false;
  return !/^us\b/i.test(title) || title.startsWith('US');
}

/** Whether the section was opened by a study label (no spelling of the header table), whose words the tokenizer keeps. */
export function isStudyLabel(section: NoteSection, headers: SectionHeaderLookup): boolean {
  return (isStudyTitle(section.title) || isSampleTitle(section.title)) && headers.forTitle(section.title) === undefined;
}
