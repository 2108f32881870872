import type { Span } from '../spans';
import { spanOf } from '../spans';
import type { SectionHeaderEntry, SectionHeaderLookup } from './sectionHeaders';

/**
 * Round 26 (death documents): a death certificate's cause-of-death parts. Part I lists the chain of conditions that led to death
 * (its lines a to d, the immediate cause first and the underlying cause last) and Part II the other significant conditions that
 * contributed; a certificate worksheet, a registrar's query and a registry's death-clearance abstract copy them as the certifier
 * wrote them ("PART I. Chain of events (enter the disease, not the mechanism; one cause per line)", "PART II. Other significant
 * conditions contributing to death but not resulting in the underlying cause:", "Part II: Follicular lymphoma, treated 2012",
 * "Part I a. Cardiopulmonary arrest   b. Metastatic breast cancer"). Both parts certify diagnoses, which ANNOTATION.md's header
 * table reads as `Diagnoses` ("Cause of death / Immediate cause / Other significant conditions (contributing)").
 *
 * The part's word and its Roman number open the line, then a full stop, a colon or Part I's first line letter; they are the header,
 * so the words after them stay the section's text. The line is read so only in a note that has spoken of a death before it (a
 * decedent, a date of death, "died", "expired"), so the first part of another form keeps its own reading (`formPartHeaders.ts`), and not inside a query's response, whose
 * certificate lines are one answer (ANNOTATION.md, round 26 F).
 */

/** "PART I.", "Part II:", "Part I a.": the part's word and number, with a separator or Part I's first line letter after them. */
const CERTIFICATE_PART = /^[ \t]*((?:PART|Part)[ \t]+I{1,2})(?=[ \t]*[.:]|[ \t]+[a-d][.)])/;
/** Words that say a death was spoken of: the certificate's own fields and the verbs of a death. */
const DEATH_WORDS = /\b(?:death|died|decedent|deceased|expired|dod)\b/i;
/** The longest stretch of a line read for the part's opening words. */
const PART_WINDOW = 16;

/** How far before a part's line the note's words of a death are looked for: a few screens of a worksheet or an abstract. */
const DEATH_LOOK_BACK = 4000;

/** The Diagnoses header a certificate's part opens on the line at `start`, or undefined when the line opens no such part. */
export function certificatePartOnLine(
  text: string, start: number, end: number, headers: SectionHeaderLookup, previous?: { readonly entry: SectionHeaderEntry },
): { entry: SectionHeaderEntry; title: string; headerSpan: Span } | undefined {
  // A part written inside a certifier's response to a registrar's query is a line of that answer, a field of the query
  // (ANNOTATION.md, round 26 F: "Certifier's response:\nIa. …\nPart II: …" stays `Query`).
  if (previous?.entry.name === 'Query' || !opensWithPartWord(text, start, end)) return undefined;
  const part = CERTIFICATE_PART.exec(text.slice(start, Math.min(end, start + PART_WINDOW)));
  const title = part?.[1];
  if (part === undefined || part === null || title === undefined) return undefined;
  const entry = headers.get('diagnoses');
  // The look back is made only for the rare line that opens with a part's words, and over a bounded stretch before it (a
  // certificate speaks of the death in the lines above its parts), so that a document of many such lines is still read in
  // time linear in its length.
  if (entry === undefined || !DEATH_WORDS.test(text.slice(Math.max(0, start - DEATH_LOOK_BACK), start))) return undefined;
  const offset = start + part[0].length - title.length;
  return { entry, title, headerSpan: spanOf(offset, offset + title.length) };
}

/** Whether the line's first character after its indent is a "P", so most lines are turned away by one character. */
function opensWithPartWord(text: string, start: number, end: number): boolean {
  let at = start;
  while (at < end && (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09)) at++;
  return text.charCodeAt(at) === 0x50 /* P */;
}
