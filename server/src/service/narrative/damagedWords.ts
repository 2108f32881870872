import { isAsciiLetter, isLineSpace } from './charCodes';
import type { WordClassifier } from './wordClasses';
import { LEXICON_CLASS, WORD_CLASS } from './wordClasses';

/**
 * Words that damaged text breaks and that the tokenizer reads whole again: a word split by a hyphen at
 * a line end ("ADENOCARCI-\nNOMA", a scanned or faxed record), a compound that speech recognition writes
 * as two words ("meta static carcinoma", "pituitary macro adenoma", "fiber adenoma") and a word whose
 * letters OCR read as digits ("NEGATIVE FOR MAL1GNANCY", "LYMPH N0DES") or whose "m" it read as "rn"
 * ("rnetastatic", "adenocarcinorna"). Every repair is made only when
 * the repaired word is a term of the reader's vocabulary and the damaged spelling is not, so a clean note
 * reads exactly as before. The tokenizer asks about a line-end hyphen or a fragment's class bit only, and
 * the word table asks about a spelling once, when it first meets it.
 */

/** The classes of a word that names a diagnosis or a site: a histology, morphology, site or node phrase starts with it, or a table site row does. */
export const TERM_CLASSES = LEXICON_CLASS.sites | LEXICON_CLASS.nodeWords | LEXICON_CLASS.nodeRegions | LEXICON_CLASS.histology
  | LEXICON_CLASS.morphology | WORD_CLASS.siteRowFirst;

/**
 * The first halves of compounds that dictation writes apart, with the prefix they stand for: a
 * combining form ("adeno carcinoma", "meta static", "macro adenoma", "micro metastasis", "oligo
 * metastatic", "cholangio carcinoma", "osteo sarcoma", "neuro blastoma", "fibro adenoma") or a
 * homophone of one ("fiber adenoma", "super clavicular"). None is read as a term on its own; the
 * halves are joined only when the compound is a term.
 */
export const SPLIT_FRAGMENTS: ReadonlyMap<string, string> = new Map([
  ['adeno', 'adeno'],
  ['meta', 'meta'],
  ['macro', 'macro'],
  ['micro', 'micro'],
  ['oligo', 'oligo'],
  ['cholangio', 'cholangio'],
  ['osteo', 'osteo'],
  ['neuro', 'neuro'],
  ['fibro', 'fibro'],
  ['fiber', 'fibro'],
  ['super', 'supra'],
  // Round 20: "car cinema" for "carcinoma" (voice recognition's two common words of its sound), joined with its second half's
  // own respelling (`SOUND_ALIKE_HALVES`).
  ['car', 'car'],
]);

/**
 * Second halves that dictation writes as a common word of their sound, with the letters they stand for: "car cinema" is
 * "carcinoma". They are read so only after a fragment of `SPLIT_FRAGMENTS` and only when the joined word is a term.
 */
export const SOUND_ALIKE_HALVES: ReadonlyMap<string, string> = new Map([
  ['cinema', 'cinoma'],
  ['cinemas', 'cinomas'],
]);

/** How many characters an OCR-damaged word needs before its digits are read as letters ("N0DES" has five). */
const OCR_SHORTEST = 5;
/** How many digits it may have: a word with more is a code, a stage or a gene ("T2N0M0", "C18.7", "BRCA1"). */
const OCR_MOST_DIGITS = 2;

/**
 * The word damage spelled `norm` (lower case), when that word is a term (`classify`) and `norm` is none;
 * `norm` itself otherwise: OCR's digits read as letters, each "0" as "o" and each "1" as "i" or as "l"
 * ("n0des" → "nodes", "mal1gnancy" → "malignancy", "1ymphoma" → "lymphoma"; "t2n0", "brca1", "c10" keep
 * their digits), OCR's "rn" for the "m" whose strokes it split ("rnelanoma" → "melanoma"; "sternum", "internal" are
 * terms or stay unread), and a compound typed with a hyphen inside ("meta-static", "adeno-carcinoma").
 */
export function readDamagedWord(norm: string, classify: WordClassifier): string {
  if (norm.length < OCR_SHORTEST) return norm;
  const hyphenated = norm.includes('-');
  const mergedM = norm.includes('rn');
  if ((!hyphenated && !mergedM && !mayBeOcrDamaged(norm)) || (classify(norm, norm) & TERM_CLASSES) !== 0) return norm;
  if (hyphenated) return termOr(norm.replaceAll('-', ''), norm, classify);
  if (mergedM && !mayBeOcrDamaged(norm)) return termOr(norm.replaceAll('rn', 'm'), norm, classify);
  for (const one of ['i', 'l']) {
    const read = norm.replaceAll('0', 'o').replaceAll('1', one);
    if ((classify(read, read) & TERM_CLASSES) !== 0) return read;
  }
  return norm;
}

/** `read` when it is a term, else `norm`. */
function termOr(read: string, norm: string, classify: WordClassifier): string {
  return /^[a-z]+$/.test(read) && (classify(read, read) & TERM_CLASSES) !== 0 ? read : norm;
}

/** Whether a lower-case word holds only letters, at least one "0" or "1", at most `OCR_MOST_DIGITS` digits and no other digit. */
function mayBeOcrDamaged(norm: string): boolean {
  let digits = 0;
  for (let at = 0; at < norm.length; at++) {
    const code = norm.charCodeAt(at);
    if (code === 0x30 || code === 0x31) digits++;
    else if (code < 0x61 || code > 0x7a) return false;
  }
  return digits > 0 && digits <= OCR_MOST_DIGITS;
}

/**
 * The end of the word that goes on after a hyphen at a line end: the word ends at `end` with "-", only
 * spaces follow it on its line, and the next line opens with letters ("CARCI-\nNOMA" → the end of
 * "NOMA"); -1 otherwise. `limit` is where the text the tokenizer reads ends (a header or the span's end).
 */
export function wrappedWordEnd(text: string, end: number, limit: number): number {
  if (text.charCodeAt(end) !== 0x2d /* - */) return -1;
  let at = end + 1;
  while (at < limit && isLineSpace(text.charCodeAt(at))) at++;
  if (at >= limit || text.charCodeAt(at) !== 0x0a) return -1;
  at = afterLineSpaces(text, at + 1, limit);
  return lettersEnd(text, at, limit);
}

/**
 * The end of the word after a fragment ending at `end`: spaces and at most one line break, then letters
 * ("meta static", "fiber\nadenoma"); -1 otherwise.
 */
export function splitWordEnd(text: string, end: number, limit: number): number {
  let at = afterLineSpaces(text, end, limit);
  if (at === end && text.charCodeAt(at) !== 0x0a) return -1;
  if (text.charCodeAt(at) === 0x0a) at = afterLineSpaces(text, at + 1, limit);
  return lettersEnd(text, at, limit);
}

/** The end of a run of letters starting at `from` that no digit or joined part continues, or -1. */
function lettersEnd(text: string, from: number, limit: number): number {
  let at = from;
  while (at < limit && isAsciiLetter(text.charCodeAt(at))) at++;
  if (at === from) return -1;
  const next = text.charCodeAt(at);
  return (next >= 0x30 && next <= 0x39) || next === 0x2d || next === 0x2f ? -1 : at;
}

function afterLineSpaces(text: string, from: number, limit: number): number {
  let at = from;
  while (at < limit && isLineSpace(text.charCodeAt(at))) at++;
  return at;
}

