import type { SectionHeaderEntry, SectionHeaderLookup } from './sectionHeaders';
import { isLineSpace } from './charCodes';

/**
 * How a header is annotated as copy-forward and EHR exports write it: qualified by its date or provenance, dated, marked as
 * reviewed, copied "per" a note, joined to a second header by a slash, or qualified after a spaced dash. Each annotation leaves
 * the header's own name (ANNOTATION.md, "Sections", rule 2); `sections.ts` asks these readings of a title the table does not
 * spell as written.
 */
/**
 * A qualifier that says when or whence the section was written: a date, or a copy's provenance ("(copied 08/14)", "(pasted
 * from EHR)", "(as of 12/02/2026)", an EHR's "(auto-inserted chart context)", "(auto-populated)").
 */
export const WRITING_QUALIFIER = /^(.+?)\s*\((?:[\d/.-]+|(?:copied|pasted|carried|imported|exported|received|reviewed|updated|dated|per|from|as of|last|auto[ -]?inserted|auto[ -]?populated|inserted|populated|pulled)\b[^)]*)\)$/i;
/** A header the writer marks as reviewed ("FHx reviewed", "Problem list reviewed"). */
const REVIEWED_TITLE = /^(.+?)\s+(?:reviewed|reviewed and updated|updated)$/i;
/**
 * A header followed by where its text was taken from, without a parenthesis ("Indication per onc note 11/20:", "Indication
 * copied from onc note 11/30:", an interval H&P's "Dx per H&P:"): the copy's provenance leaves the header's own name
 * (ANNOTATION.md, rule 2). Only a diagnosis header is read through a bare "per", and only before the record it was taken
 * from: "Plan per tumor board:" or a list item's "- Plan per 2024 Kyoto guidelines:" is a field of the block it stands in.
 * Any header is read through "per" a note ("Indication per onc note 11/20:"), the record it was copied from.
 */
const PROVENANCE_TITLE = /^(.{2,}?)\s+(?:copied|pasted|carried forward|imported|taken) from\s+\S.*$|^((?:[a-z][^:]*?\s)?(?:dx|diagnos[ie]s))\s+per\s+(?:h&p|h and p|chart|record|referral)\b.*$|^(.{2,}?)\s+per\s+(?:[a-z]+\s+){0,2}note\b.*$/i;
/** A date after the header's words, with what follows it ("Addendum 11/25/2026", "ADDENDUM 11/17/2026 - CORRECTION", "Labs 11/20/26"). */
const DATED_TITLE = /^(.+?)\s+\d{1,2}\/(?:\d{1,2}(?:\/\d{2,4})?|\d{4})(?:\s*[-–—].*)?$/;

/**
 * A header annotated as copy-forward and EHR exports write it: qualified by its date or provenance ("Interval History
 * (08/14/2026)", "Assessment (copied 08/14)", "Problem List (pasted from EHR)"), dated ("Addendum 11/25/2026"), or two
 * headers joined by a slash ("MDM/Impression", "ED Course / Results"), read as the first (each part of two letters at
 * least, so "S/P" is none). A parenthesis that names a specimen ("Path (rectal bx)") stays unread.
 */
export function annotatedHeader(title: string, headers: SectionHeaderLookup): SectionHeaderEntry | undefined {
  const stripped = annotationStripped(title);
  if (stripped === undefined) return joinedHeader(title, headers) ?? dashedHeader(title, headers);
  const entry = headers.forTitle(stripped);
  if (entry !== undefined) return entry;
  // A date after a review mark or a provenance ("Family history reviewed 12/2026", "Indication per onc note 11/20"): two annotations.
  const strippedTwice = annotationStripped(stripped);
  return (strippedTwice === undefined ? undefined : headers.forTitle(strippedTwice)) ?? joinedHeader(stripped, headers) ?? dashedHeader(stripped, headers);
}

/**
 * "Pathology - Final Diagnosis", "SURGICAL PATHOLOGY — FINAL DIAGNOSIS (11/20/2026)", "Imaging - MRI brain + total spine
 * (11/28)": a report's header whose words before a spaced dash are a pathology or results header, the rest naming its part
 * or its study, keeps its first words' name (ANNOTATION.md, rule 2 and the header table's "Pathology - Final Diagnosis").
 * An addendum's dash names what it adds ("ADDENDUM - Surgical pathology 12/03/26"), which is the section when it is a
 * header. Other headers before a dash stay unread: "# Goals of care - POLST: DNR …" is a problem label of an assessment.
 */
export function dashedHeader(title: string, headers: SectionHeaderLookup): SectionHeaderEntry | undefined {
  const dash = SPACED_DASH.exec(title);
  if (dash === null || dash.index - leadingMarks(title) < 2) return undefined;
  const first = headers.forTitle(title.slice(0, dash.index));
  if (first?.name === 'Addendum') return headers.forTitle(title.slice(dash.index + dash[0].length)) ?? first;
  return first !== undefined && DASHED_KINDS.has(first.kind) ? first : undefined;
}

/** The sections whose header may name its part or study after a dash. */
const DASHED_KINDS = new Set(['pathology', 'results']);

const SPACED_DASH = /\s[-\u2013\u2014]\s/;

/** The title without its annotation (a qualifier, a date, a review mark or a provenance); undefined when it has none. */
export function annotationStripped(title: string): string | undefined {
  const provenance = PROVENANCE_TITLE.exec(title);
  return WRITING_QUALIFIER.exec(title)?.[1] ?? DATED_TITLE.exec(title)?.[1] ?? REVIEWED_TITLE.exec(title)?.[1] ?? provenance?.[1] ?? provenance?.[2] ?? provenance?.[3];
}

/**
 * Two headers joined by a slash: the first. When the first gives its text a past or family default the other does not
 * ("Medical hx / HPI (per chart)"), the block holds the present illness too, so its text is read as the second's; the
 * section keeps the first half's name, as ANNOTATION.md's rule 2 names a joined header.
 */
function joinedHeader(title: string, headers: SectionHeaderLookup): SectionHeaderEntry | undefined {
  const slash = title.indexOf('/');
  // "- s/p R hip hemiarthroplasty 11/27/2026": a list mark before "s/p" is no letter of the first part.
  if (slash - leadingMarks(title) < 2 || title.length - slash - 1 < 2) return undefined;
  // The first part must be a header: the line's first word is what `mayOpenHeader` turns lines away by.
  const first = headers.forTitle(title.slice(0, slash).trim());
  if (first === undefined) return undefined;
  const secondTitle = title.slice(slash + 1).trim();
  if (/^assessment$/i.test(title.slice(0, slash).trim()) && namesPlan(secondTitle)) return headers.forTitle('assessment and plan') ?? first;
  const second = headers.forTitle(secondTitle);
  if (second === undefined) return first;
  return DEFAULTING_KINDS.has(first.kind) && !DEFAULTING_KINDS.has(second.kind) ? { ...second, name: first.name } : first;
}

/**
 * Whether the half after a slash names a plan ("Personalized prevention plan", "Treatment plan"): a header written
 * "Assessment" joined to a plan of any name is the assessment-and-plan block (ANNOTATION.md's header table, d864), while
 * another assessment header keeps its first half's name ("MDM/Plan" is the Assessment, rule 2).
 */
function namesPlan(half: string): boolean {
  return /(?:^|\s)plan$/i.test(half);
}

/** How many list marks, spaces and underscores open the title ("- s/p …": 2). */
function leadingMarks(title: string): number {
  let count = 0;
  while (count < title.length && isDroppedSeparator(title.charCodeAt(count))) count++;
  return count;
}

/** The sections whose kind gives their text a default assertion (history or family). */
const DEFAULTING_KINDS = new Set(['past-medical-history', 'past-surgical-history', 'family-history']);

/** A space, tab, carriage return, `-` or `_`: characters `normaliseHeader` turns into spaces and trims from the start. */
export function isDroppedSeparator(code: number): boolean {
  return isLineSpace(code) || code === 0x2d || code === 0x5f;
}
