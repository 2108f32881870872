import type { AssertionEvidence, NoteSection } from './model';
import { spanOf } from '../spans';
import { evidenceAt } from './tableCells';

/**
 * A documentation query's options (a CDI query: "[ ] Malignant neoplasm of ascending colon, currently under treatment",
 * "( ) Secondary malignant neoplasm of brain"): a diagnosis offered in an unchecked box is a possibility put to the
 * physician, not a statement, so it is uncertain (ANNOTATION.md: an unanswered query option; Guideline IV.H), while the box
 * the physician checks ("[x] …") keeps its own words' reading. Only the sections a query header opens are walked, line by
 * line, so a note without one costs nothing.
 */

/** The display name of the section kind that query headers open (`sectionHeaders.ts`: "Query", "CDI query", "Provider response"). */
const QUERY_SECTION = 'Query';
/** An unchecked option box opening a line: "[ ]", "[  ]", "( )", "☐". */
const UNCHECKED_OPTION = /^[ \t]*(?:\[[ \t]*\]|\([ \t]*\)|☐)/;

export interface QueryOptions {
  /** The lines of unchecked options, as `[start, end)` offsets in ascending order. */
  readonly cells: readonly (readonly [number, number])[];
  readonly evidence: readonly AssertionEvidence[];
}

/** The unchecked option lines of the note's query sections. */
export function findQueryOptions(text: string, sections: readonly NoteSection[]): QueryOptions {
  const cells: (readonly [number, number])[] = [];
  const evidence: AssertionEvidence[] = [];
  for (const section of sections) {
    if (section.name !== QUERY_SECTION) continue;
    const end = section.span.offset + section.span.length;
    for (let lineStart = section.headerSpan.offset + section.headerSpan.length; lineStart < end;) {
      const newline = text.indexOf('\n', lineStart);
      const lineEnd = newline < 0 || newline > end ? end : newline;
      const box = UNCHECKED_OPTION.exec(text.slice(lineStart, Math.min(lineEnd, lineStart + 12)));
      if (box !== null) {
        cells.push([lineStart, lineEnd]);
        evidence.push({ trigger: 'query option', span: spanOf(lineStart, lineStart + box[0].length) });
      }
      lineStart = lineEnd + 1;
    }
  }
  return { cells, evidence };
}

/**
 * The evidence of the unchecked option line holding `offset`, if any, for a mention read `read` from the words around it:
 * the option speaks for a diagnosis read present or by a cue of another line ("… no current treatment\n[ ] Recurrent colon
 * cancer": the options are not sentences of their own), not for one its own line's words deny or date.
 */
export function queryOptionAt(found: QueryOptions, offset: number, read: { readonly assertion: string; readonly evidence?: AssertionEvidence }): AssertionEvidence | undefined {
  const option = found.cells.length === 0 ? undefined : evidenceAt(found.cells, found.evidence, offset);
  if (option === undefined || read.assertion === 'present') return option;
  return read.evidence !== undefined && read.evidence.span.offset < option.span.offset ? option : undefined;
}
