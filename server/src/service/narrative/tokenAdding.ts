/**
 * How the tokenizer (`tokens.ts`) adds a word or punctuation token to its buffer: with its strings cut from
 * the text, or interned in the reader context's word table, where a word that damage split is read whole.
 */
import { foldedWord, hasNonAscii, isAsciiUpper } from './charCodes';
import type { SpanCodes } from './spanCodes';
import type { TokenBuffer } from './tokenBuffer';
import type { TokenWords } from './tokenWords';
import type { WordClassifier } from './wordClasses';
import { UNKNOWN_CLASSES, WORD_CLASS } from './wordClasses';
import { joinedWordAt } from './joinedWords';
import { homophoneSiteAt } from './dictatedHomophones';

/** Whether `text[from, to)` holds an upper-case ASCII letter (only then does the token need lower-casing). */
function hasUpper(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (isAsciiUpper(text.charCodeAt(at))) return true;
  return false;
}

/** A token whose strings are cut from the text (no reader context to intern them). */
export function addSpelledToken(buffer: TokenBuffer, text: string, start: number, end: number, sentence: number, alnum: boolean, classify: WordClassifier | undefined): void {
  const raw = text.slice(start, end);
  // A word with a diacritic is read without it ("Sézary" → "sezary"), as the vocabulary spells it.
  const norm = alnum && (hasUpper(text, start, end) || hasNonAscii(raw)) ? foldedWord(raw.toLowerCase()) : raw;
  buffer.add(start, end, norm, raw, sentence, !alnum, classify === undefined ? UNKNOWN_CLASSES : classify(raw, norm));
}

/**
 * A token whose strings (and word classes) come from the context's interned words, when the table holds the word (`hash`: its hash, or -1);
 * a word damage split is one token up to its second half (`joinedWords.ts`), before `limit`. Returns where the token ends.
 */
export function addInternedToken(buffer: TokenBuffer, table: TokenWords, codes: SpanCodes, text: string, start: number, end: number, sentence: number, alnum: boolean, hash: number, limit: number): number {
  const entry = table.entryIn(codes, text, start, end, alnum, hash);
  const joined = alnum ? joinedWordAt(table, text, start, end, entry, limit) : undefined;
  const kept = joined?.entry ?? entry;
  // "a long primary": a dictated homophone is read as the site word its next word calls for (dictatedHomophones.ts).
  const site = kept >= 0 && joined === undefined && (table.classes(kept) & WORD_CLASS.homophone) !== 0 ? homophoneSiteAt(table, text, end, kept, limit) : -1;
  if (kept < 0) addSpelledToken(buffer, text, start, end, sentence, alnum, table.classify);
  else if (site >= 0) buffer.add(start, end, table.norm(site), table.raw(kept), sentence, false, table.classes(site));
  else buffer.add(start, joined?.end ?? end, table.norm(kept), table.raw(kept), sentence, !alnum, table.classes(kept));
  return joined?.end ?? end;
}
