import type { DiagnosisMention, Encounter, ParsedDocumentBase } from '../modelBase';
import type { DocumentedMention, NarrativeReading } from '../narrative/model';
import type { Span } from '../spans';
import { spanOf } from '../spans';
import { lastAtOrBefore } from '../sortedSearch';
import type { NarrativeReadings } from './narrativeReadings';

/**
 * What the rules, the hover, completion and the outline know about the words of one note encounter:
 * the reader's {@link NarrativeReading}, whether the encounter has narrative at all, and how to take a
 * listed code out of its list. Data flow: the service's parse makes a {@link NoteDocument} holding a
 * {@link NarrativeReadings} (per document, taken over from the previous version's parse); features ask
 * {@link narrativeOf} for an encounter, which reads it on first request.
 */

/** A parsed note that can read its encounters' narrative (when the service has a reader). */
export interface NoteDocument extends ParsedDocumentBase {
  readonly languageId: 'clinical-note';
  readonly text: string;
  readonly narrative?: NarrativeReadings;
}

/** The narrative of one encounter, as features consume it. */
export interface EncounterNarrative {
  readonly reading: NarrativeReading;
  /**
   * Whether the encounter has narrative to hold the codes against: the reader documented a neoplasm,
   * or a line without any code has at least {@link PROSE_WORDS} words (a sentence, not a code list).
   */
  readonly hasNarrative: boolean;
  /** The span that removes a listed code together with the separator that joins it to its list. */
  removalSpan(mention: DiagnosisMention): Span;
  /**
   * The code written right after a documented phrase ("hepatic metastases (C78.7)": only spaces and
   * list punctuation between), if any: the writer coded that phrase themselves.
   */
  codeWrittenAfter(mention: DocumentedMention): DiagnosisMention | undefined;
  /**
   * Whether a listed code is written after words of its own on its line ("1. Disseminated malignancy
   * (C80.0)", at least {@link STATEMENT_WORDS} words since the line's start or the previous code): a
   * diagnostic statement, even where the reader did not understand it, unlike a bare code list.
   */
  hasStatementBefore(mention: DiagnosisMention): boolean;
}

/** Words before a code on its line that make a diagnostic statement ("Dx:" alone does not). */
export const STATEMENT_WORDS = 2;

/** What may stand between a phrase and the code written for it: spaces and list punctuation. */
const PHRASE_TO_CODE = /^[ \t(,:;–-]{0,4}$/;

/** The most characters {@link PHRASE_TO_CODE} accepts, so only that much text is ever looked at. */
const PHRASE_TO_CODE_MAX = 4;

/** Words a line without codes needs to count as prose ("Here for follow-up" does not; a sentence does). */
export const PROSE_WORDS = 6;

/** Whether a parsed document is a note made with narrative readings. */
export function isNoteDocument(parsed: ParsedDocumentBase): parsed is NoteDocument {
  return parsed.languageId === 'clinical-note';
}

/** The narrative of a note encounter, or undefined for claims and for notes parsed without a reader. */
export function narrativeOf(parsed: ParsedDocumentBase, encounter: Encounter): EncounterNarrative | undefined {
  if (!isNoteDocument(parsed) || parsed.narrative === undefined) return undefined;
  const reading = parsed.narrative.readingOf(encounter);
  const text = parsed.text;
  // A note's codes stand in text order, so the code before or after an offset is a binary search away.
  let starts: readonly number[] | undefined;
  const codeStarts = (): readonly number[] => (starts ??= encounter.diagnoses.map((code) => code.span.offset));
  return {
    reading,
    hasNarrative: reading.mentions.length > 0 || hasProseLine(text, encounter),
    removalSpan: (mention) => removalSpan(text, mention),
    codeWrittenAfter: (mention) => codeWrittenAfter(text, encounter, codeStarts(), mention),
    hasStatementBefore: (mention) => hasStatementBefore(text, encounter, codeStarts(), mention),
  };
}

function codeWrittenAfter(text: string, encounter: Encounter, starts: readonly number[], mention: DocumentedMention): DiagnosisMention | undefined {
  const end = mention.span.offset + mention.span.length;
  const next = encounter.diagnoses[lastAtOrBefore(starts, starts.length, end - 1) + 1];
  if (next === undefined || next.span.offset - end > PHRASE_TO_CODE_MAX) return undefined;
  return PHRASE_TO_CODE.test(text.slice(end, next.span.offset)) ? next : undefined;
}

/**
 * The words since the line's start or the previous code, whichever is nearer. The walk back stops at
 * the previous code, so a note written as one long line is still read once, not once per code.
 */
function hasStatementBefore(text: string, encounter: Encounter, starts: readonly number[], mention: DiagnosisMention): boolean {
  const previous = encounter.diagnoses[lastAtOrBefore(starts, starts.length, mention.span.offset - 1)];
  const floor = previous === undefined ? encounter.span.offset : previous.span.offset + previous.span.length;
  let from = mention.span.offset;
  while (from > floor && text.charCodeAt(from - 1) !== 0x0a) from--;
  return hasWords(text, from, mention.span.offset, STATEMENT_WORDS);
}

/** Whether some line of the encounter holds no code and at least {@link PROSE_WORDS} words. */
function hasProseLine(text: string, encounter: Encounter): boolean {
  const end = encounter.span.offset + encounter.span.length;
  let next = 0;
  for (let start = encounter.span.offset; start < end;) {
    const newline = text.indexOf('\n', start);
    const lineEnd = newline < 0 || newline > end ? end : newline;
    while (next < encounter.diagnoses.length && (encounter.diagnoses[next] as DiagnosisMention).span.offset < start) next++;
    const holdsCode = next < encounter.diagnoses.length && (encounter.diagnoses[next] as DiagnosisMention).span.offset < lineEnd;
    if (!holdsCode && hasWords(text, start, lineEnd, PROSE_WORDS)) return true;
    start = lineEnd + 1;
  }
  return false;
}

/**
 * Whether `text[start, end)` holds at least `wanted` words, a word being a run of two or more ASCII letters
 * (what `/[A-Za-z]{2,}/g` matches). Counted in place and stopped at `wanted`: no slice or match array.
 */
function hasWords(text: string, start: number, end: number, wanted: number): boolean {
  let words = 0;
  let run = 0;
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at) | 0x20;
    if (code >= 0x61 && code <= 0x7a) {
      run++;
      if (run === 2 && ++words >= wanted) return true;
    } else {
      run = 0;
    }
  }
  return words >= wanted;
}

/**
 * The code and one separator: the comma or semicolon (and spaces) before it when another item comes
 * before it on the list, else the one after it; a code alone in parentheses goes with them and the
 * space before them ("liver metastases (C78.7)" → "liver metastases").
 */
export function removalSpan(text: string, mention: DiagnosisMention): Span {
  const start = mention.span.offset;
  const end = start + mention.span.length;
  let before = start;
  while (before > 0 && /[ \t]/.test(text.charAt(before - 1))) before--;
  let after = end;
  while (after < text.length && /[ \t]/.test(text.charAt(after))) after++;
  if (text.charAt(before - 1) === '(' && text.charAt(after) === ')') {
    let outer = before - 1;
    while (outer > 0 && /[ \t]/.test(text.charAt(outer - 1))) outer--;
    return spanOf(outer, after + 1);
  }
  if (/[,;]/.test(text.charAt(before - 1))) return spanOf(before - 1, end);
  if (/[,;]/.test(text.charAt(after))) {
    let next = after + 1;
    while (next < text.length && /[ \t]/.test(text.charAt(next))) next++;
    return spanOf(start, next);
  }
  return mention.span;
}

/**
 * {@link narrativeOf} for the hover, completion and the outline: a reader failure leaves them without
 * the narrative instead of failing the request (validation reports the failure as `rule-failed`).
 */
export function narrativeIfReadable(parsed: ParsedDocumentBase, encounter: Encounter): EncounterNarrative | undefined {
  try {
    return narrativeOf(parsed, encounter);
  } catch {
    return undefined;
  }
}
