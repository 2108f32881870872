import type { AssertionEvidence, NoteSection } from './model';
import type { AssertionResult } from './assertion';
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
/**
 * An unchecked option box opening a line: "[ ]", "[  ]", "( )", "☐", or the blank a typed query leaves for the physician's
 * mark ("   ___ Pathological fracture due to metastatic prostate cancer", round 22).
 */
const UNCHECKED_OPTION = /^[ \t]*(?:\[[ \t]*\]|\([ \t]*\)|☐|_{2,}(?=[ \t]))/;

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
    someLine(text, section.headerSpan.offset + section.headerSpan.length, section.span.offset + section.span.length, (lineStart, lineEnd) => {
      const box = UNCHECKED_OPTION.exec(text.slice(lineStart, Math.min(lineEnd, lineStart + 12)));
      if (box !== null) {
        cells.push([lineStart, lineEnd]);
        evidence.push({ trigger: 'query option', span: spanOf(lineStart, lineStart + box[0].length) });
      }
      return false;
    });
  }
  return { cells, evidence };
}

/**
 * Calls `visit` with each line that starts in `[start, end)`: its start and its end (its line break, or `end`). Stops at the
 * first line `visit` answers true for, and says whether there was one.
 */
function someLine(text: string, start: number, end: number, visit: (lineStart: number, lineEnd: number) => boolean): boolean {
  for (let lineStart = start; lineStart < end;) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 || newline > end ? end : newline;
    if (visit(lineStart, lineEnd)) return true;
    lineStart = lineEnd + 1;
  }
  return false;
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

/** The trigger of an unchecked option whose own words offer a personal history: coded as that history (Z85.-), uncertain. */
export const OFFERED_HISTORY = 'query option: history of';

/**
 * The reading of a mention on an unchecked query option line, if it is one. An option whose own words before the diagnosis
 * name a personal history ("[ ] Personal history of colon cancer only") offers that history, whatever the lines around it
 * say of the disease now: uncertain, coded as the history (Z85.-; ANNOTATION.md: "CDI or coding query options offered as
 * alternatives are `uncertain`"; Guideline I.C.2.d). Any other option offers the diagnosis its words state (`queryOptionAt`).
 */
export function queryOptionReading(text: string, found: QueryOptions, offset: number, read: AssertionResult): AssertionResult | undefined {
  const line = found.cells.length === 0 ? undefined : evidenceAt(found.cells, found.evidence, offset);
  const before = line === undefined ? '' : text.slice(line.span.offset + line.span.length, offset);
  if (line !== undefined && OFFERED_HISTORY_WORDS.test(before) && !FAMILY_WORDS.test(before)) {
    return { assertion: 'uncertain', evidence: { ...line, trigger: OFFERED_HISTORY } };
  }
  const option = queryOptionAt(found, offset, read);
  return option === undefined ? undefined : { assertion: 'uncertain', evidence: option };
}

/** "Personal history of", "Hx of", "h/o" written before the diagnosis an option offers. */
const OFFERED_HISTORY_WORDS = /\b(?:history|hx|h\/o)\b/i;
/** A relative's history offered ("[ ] Family history of breast cancer") is the family's, which the codes by assertion read. */
const FAMILY_WORDS = /\b(?:family|fh|fhx)\b/i;

/** A checked box opening a line: "[x]", "[X]", "[✓]", "☒", "☑". */
const CHECKED_BOX = /^[ \t]*(?:\[[ \t]*[xX✓✔][ \t]*\]|☒|☑)/;
/** How far before and after an unchecked line a checked box of the same checklist is looked for. */
const CHECKLIST_REACH = 1500;

/**
 * "[x] Histologically confirmed NSCLC … Exclusion:\n[ ] Distant metastatic disease": in a checklist whose met items are
 * checked "[x]", an unchecked box answers its line no (ANNOTATION.md: an unanswered "[ ]" in a list whose met items are
 * marked "[x]" counts as "[N]"), so a diagnosis its line states is denied, and a prior malignancy is the personal history
 * denied (Z85.9). The exceptions the criterion itself writes ("except adequately treated BCC/SCC of skin") are the
 * protocol's and keep their reading. Only the mention's own line and the lines within a bounded reach of it are read.
 */
export function uncheckedCriterionReading(text: string, offset: number, read: AssertionResult): AssertionResult | undefined {
  // A hedged criterion unticked ("[ ] Upper abdominal mass consistent with stomach cancer") is answered no as a whole, hedge and all.
  if (read.assertion !== 'present' && read.assertion !== 'history' && read.assertion !== 'uncertain') return undefined;
  const lineStart = lineStartWithin(text, offset, CHECKLIST_REACH);
  if (lineStart === undefined) return undefined;
  const box = UNCHECKED_OPTION.exec(text.slice(lineStart, Math.min(offset, lineStart + 12)));
  if (box === null || CRITERION_EXCEPTION.test(text.slice(lineStart, offset)) || !checkedLineNear(text, lineStart)) return undefined;
  const evidence = { trigger: 'unchecked criterion', span: spanOf(lineStart, lineStart + box[0].length) };
  return read.assertion === 'history' ? { assertion: 'negated', evidence, historyNegated: true } : { assertion: 'negated', evidence };
}

/** Words that open a criterion's exceptions, which the protocol allows rather than the patient denies. */
const CRITERION_EXCEPTION = /\b(?:except|excluding|other than|unless)\b/i;

/**
 * Where the line holding `offset` starts, when it starts at most `reach` characters before it: a checklist item is a short
 * line, and a line any longer is no item. Bounded, so every mention of a note written on one line costs the same.
 */
function lineStartWithin(text: string, offset: number, reach: number): number | undefined {
  const floor = Math.max(0, offset - reach);
  for (let at = offset - 1; at >= floor; at--) if (text.charCodeAt(at) === 0x0a) return at + 1;
  return floor === 0 ? 0 : undefined;
}

/** Whether a line within the checklist's reach of `lineStart` opens with a checked box. */
function checkedLineNear(text: string, lineStart: number): boolean {
  const end = Math.min(text.length, lineStart + CHECKLIST_REACH);
  const from = Math.max(0, lineStart - CHECKLIST_REACH);
  // The first line that starts within reach: the one holding `from`, or the next (there is one: `lineStart` itself).
  const first = lineStartWithin(text, from, CHECKLIST_REACH) ?? text.indexOf('\n', from) + 1;
  return someLine(text, first, end, (start, lineEnd) => CHECKED_BOX.test(text.slice(start, Math.min(lineEnd, start + 12))));
}
