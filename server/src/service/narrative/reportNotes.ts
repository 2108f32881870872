import type { Span } from '../spans';
import { spanOf } from '../spans';
import { isLineSpace } from './charCodes';
import type { SectionHeaderEntry, SectionHeaderLookup } from './sectionHeaders';

/**
 * A pathology or laboratory report's "Note:" ("NOTE:\nIn the setting of the erythematous patch, the washing findings may
 * represent urothelial carcinoma in situ …", "Note (part E): A small focus of atypical glands …", "Note: Per the gyn-onc clinic
 * note, pt's father had colon cancer at 71"): the pathologist's remark on the diagnosis above, which ANNOTATION.md's header table
 * reads as Comment with the report's "COMMENT". It is read so only where it opens its own block right under the report's
 * diagnosis or pathology section; a "Note:" in a clinician's history or plan ("Note: staging CT C/A/P 10/2026 - no evidence of
 * metastatic disease") stays a line of the block it stands in.
 */

type FoundHeader = { entry: SectionHeaderEntry; title: string; headerSpan: Span };

/** A note's label: the word, with the part it remarks on in a parenthesis ("Note (part E)"). */
const NOTE_LABEL = /^note(?:\s*\([^()]{1,24}\))?$/i;

/** The report sections whose remark a "Note:" is. */
const REPORT_KINDS = new Set(['pathology', 'diagnoses']);

/** The Comment header opening the line `[start, end)` at its `colon`, under the report section `current`; undefined for none. */
export function reportNoteHeaderOnLine(
  text: string, start: number, end: number, colon: number, headers: SectionHeaderLookup, current: { entry: SectionHeaderEntry } | undefined,
): FoundHeader | undefined {
  if (current === undefined || !REPORT_KINDS.has(current.entry.kind) || colon >= end || !afterBlankLine(text, start)) return undefined;
  let first = start;
  while (first < colon && isLineSpace(text.charCodeAt(first))) first++;
  const title = text.slice(first, colon).trimEnd();
  if (!NOTE_LABEL.test(title)) return undefined;
  const entry = headers.get('comment');
  return entry === undefined ? undefined : { entry, title, headerSpan: spanOf(first, first + title.length) };
}

/** Whether a blank line stands right before the line at `start`. */
function afterBlankLine(text: string, start: number): boolean {
  if (start < 2 || text.charCodeAt(start - 1) !== 0x0a) return false;
  let position = start - 2;
  while (position >= 0 && isLineSpace(text.charCodeAt(position))) position--;
  return position >= 0 && text.charCodeAt(position) === 0x0a;
}
