import { isAsciiLetter } from './charCodes';
import { SOUND_ALIKE_HALVES, SPLIT_FRAGMENTS, TERM_CLASSES, splitWordEnd, wrappedWordEnd } from './damagedWords';
import type { TokenWords } from './tokenWords';
import { WORD_CLASS } from './wordClasses';

/** A word the tokenizer reads whole from two written halves: its entry in the word table and where its second half ends. */
export interface JoinedWord {
  readonly entry: number;
  readonly end: number;
}

/**
 * The word that the token `text[start, end)` (the table's `entry`) begins and the next written word
 * ends, when damage split it (`damagedWords.ts`): a dictated fragment before its other half ("meta
 * static" → "metastatic", "fiber adenoma" → "fibroadenoma"), or a line-end hyphen between two halves
 * neither of which is a term ("ADENOCARCI-\nNOMA" → "ADENOCARCINOMA"), or a hyphenated term broken at its hyphen before a
 * half that is a term ("para-\naortic" → "para-aortic"). The joined word must be a term of
 * the vocabulary. Only a fragment's class bit or a hyphen right after the word leads here.
 */
export function joinedWordAt(table: TokenWords, text: string, start: number, end: number, entry: number, limit: number): JoinedWord | undefined {
  // A word the table does not hold (-1: full, and the vocabulary reads nothing in it) starts no term and is no fragment.
  const classes = entry >= 0 ? table.classes(entry) : 0;
  if ((classes & WORD_CLASS.splitFragment) !== 0) {
    const secondEnd = splitWordEnd(text, end, limit);
    const prefix = SPLIT_FRAGMENTS.get(table.norm(entry));
    if (secondEnd >= 0 && prefix !== undefined) return termOf(table, prefix, text, secondEnd) ?? soundAlikeTermOf(table, prefix, text, secondEnd);
  }
  if ((classes & TERM_CLASSES) !== 0 || text.charCodeAt(end) !== 0x2d /* - */) return undefined;
  const secondEnd = wrappedWordEnd(text, end, limit);
  if (secondEnd < 0) return undefined;
  // "L para-\naortic nodal metastasis": a hyphenated term broken at its own hyphen is read with the hyphen it keeps.
  if ((halfClasses(table, text, secondEnd) & TERM_CLASSES) !== 0) return termOf(table, `${text.slice(start, end)}-`, text, secondEnd);
  return termOf(table, text.slice(start, end), text, secondEnd);
}

/** The joined word `first` + the letters ending at `secondEnd`, when the word table calls it a term. */
function termOf(table: TokenWords, first: string, text: string, secondEnd: number): JoinedWord | undefined {
  const whole = first + text.slice(secondStart(text, secondEnd), secondEnd);
  const entry = table.entryOf(whole, 0, whole.length, true);
  return entry >= 0 && (table.classes(entry) & TERM_CLASSES) !== 0 ? { entry, end: secondEnd } : undefined;
}

/** The joined word `first` + the respelling of a sound-alike second half ending at `secondEnd` ("car cinema" → "carcinoma"), when it is a term. */
function soundAlikeTermOf(table: TokenWords, first: string, text: string, secondEnd: number): JoinedWord | undefined {
  const respelled = SOUND_ALIKE_HALVES.get(text.slice(secondStart(text, secondEnd), secondEnd).toLowerCase());
  if (respelled === undefined) return undefined;
  const whole = first + respelled;
  const entry = table.entryOf(whole, 0, whole.length, true);
  return entry >= 0 && (table.classes(entry) & TERM_CLASSES) !== 0 ? { entry, end: secondEnd } : undefined;
}

/** The classes of the second half, the letters ending at `secondEnd`. */
function halfClasses(table: TokenWords, text: string, secondEnd: number): number {
  const entry = table.entryOf(text, secondStart(text, secondEnd), secondEnd, true);
  return entry < 0 ? 0 : table.classes(entry);
}

/** Where the run of letters ending at `end` starts. */
function secondStart(text: string, end: number): number {
  let at = end;
  while (at > 0 && isAsciiLetter(text.charCodeAt(at - 1))) at--;
  return at;
}
