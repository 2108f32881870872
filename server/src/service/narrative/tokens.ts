import type { Span } from '../spans';
import { isApostrophe, isAsciiAlnum, isAsciiDigit, isAsciiUpper, isSpaceOrTab, isWordCode } from './charCodes';
import { codeIn } from './spanCodes';
import type { Token } from './token';
import { TokenBuffer } from './tokenBuffer';
import { HASH_START, TokenWords, hashEnd, hashStep } from './tokenWords';
import { firstWordClassifier } from './wordClasses';
import { isLatinAbbreviationStop } from './latinAbbreviations';
import { isPersonInitialStop } from './personInitials';
import { isRetinopathyAbbreviation } from './retinopathyAbbreviation';
import { addInternedToken, addSpelledToken } from './tokenAdding';
import { startsRowLine } from './tableRowLines';
import { ONE_LESION_PAIRS, TWO_DISEASE_PAIRS } from './slashedPairs';
import { addDotLeader, dotLeaderEnd } from './dotLeaders';

/**
 * Splits an encounter's text into word and punctuation tokens with their offsets, and numbers the
 * sentences: a sentence ends at `.`, `;`, `!`, `?`, at a blank line, at a line that ends in a colon, and
 * before a line that starts a list item (`-`, `*`, `1.`, `#`) or a section header. A plain line break
 * inside a phrase ("metastatic\nto liver") does not end it.
 *
 * The scan reads character codes in one pass (no regular expression per token, no match arrays) because
 * the tokenizer runs over every character of every encounter on each edit. The tokens it produces are
 * exactly those of the pattern `\d+(?:\.\d+)+|[A-Za-z0-9À-ɏ]+(?:['’/&+-][A-Za-z0-9À-ɏ]+)*\+?|[^\sA-Za-z0-9À-ɏ]`
 * (À-ɏ: the Latin letters with diacritics, without × and ÷; "Rosenmüller" is one word, read as "rosenmuller"):
 * a decimal number ("3.5"), a word with inner joiners ("s/p", "non-small", "HER2+"), or one other
 * non-space character; except that a slash between two words of letters, three or more each and one
 * of them longer, separates them ("breast/ovarian"; the test spells the whole pattern). Linear.
 */
export type { Token } from './token';

/** Words after which a full stop is an abbreviation, not a sentence end. */
const ABBREVIATIONS = new Set(['vs', 'dr', 'approx', 'e.g', 'i.e', 'mr', 'mrs', 'ms', 'st', 'incl', 'esp']);

/** `'` `’` `/` `&` `+` `-`: characters that join two word parts into one token. */
const isJoiner = (code: number): boolean => isApostrophe(code) || code === 0x2f || code === 0x26 || code === 0x2b || code === 0x2d;

/** The characters of the regular-expression class `\s`. */
export function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
    || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** The end of the alphanumeric run starting at `from`. */
function alnumRunEnd(text: string, from: number): number {
  let at = from;
  while (at < text.length && isWordCode(text.charCodeAt(at))) at++;
  return at;
}

/** The hash of the last run `hashedRunEnd` scanned, the code after it (NaN at the end) and the span's copied codes (`spanCodes.ts`). */
interface RunHash {
  hash: number;
  after: number;
  readonly view: Uint16Array;
  readonly start: number;
  readonly copied: number;
}

/** The end of the alphanumeric run starting at `from`, whose word-table hash it leaves in `found`: one pass over the characters. */
function hashedRunEnd(text: string, from: number, found: RunHash): number {
  const { view, start, copied } = found;
  let hash = HASH_START;
  let at = from;
  let code = Number.NaN;
  for (; at < text.length; at++) {
    code = codeIn(view, start, copied, text, at);
    if (!isWordCode(code)) break;
    hash = hashStep(hash, code);
  }
  found.hash = hashEnd(hash);
  found.after = at < text.length ? code : Number.NaN;
  return at;
}

/** Whether a word goes on after the run ending at `runEnd` (a joiner and a part, or a closing `+`), as `wordEnd` reads it; `next`: the code at `runEnd`. */
function continuesWord(text: string, run: RunHash, runEnd: number, next: number): boolean {
  return next === 0x2b || (isJoiner(next) && isWordCode(codeIn(run.view, run.start, run.copied, text, runEnd + 1)));
}

/** The end of a decimal number ("3.5", "1.2.3") starting at `from`, or -1 when the digits are not one. */
function decimalEnd(text: string, from: number): number {
  let at = from;
  while (at < text.length && isAsciiDigit(text.charCodeAt(at))) at++;
  let end = -1;
  while (text.charCodeAt(at) === 0x2e && isAsciiDigit(text.charCodeAt(at + 1))) {
    at += 2;
    while (at < text.length && isAsciiDigit(text.charCodeAt(at))) at++;
    end = at;
  }
  return end;
}

/** The end of a word token starting at `from` (an alphanumeric character): parts joined by `'’/&+-`, then an optional `+`. */
function wordEnd(text: string, from: number): number {
  let partStart = from;
  let at = alnumRunEnd(text, from);
  while (isJoiner(text.charCodeAt(at)) && isWordCode(text.charCodeAt(at + 1))) {
    if (text.charCodeAt(at) === 0x2f && separatesWords(text, partStart, at)) break;
    partStart = at + 1;
    at = alnumRunEnd(text, partStart);
  }
  return text.charCodeAt(at) === 0x2b ? at + 1 : at;
}

/** How many letters each side of a slash needs for the slash to separate two words (and one side one more: "CLL/SLL" names one disease). */
const SLASHED_WORD = 3;
/** The letters of the longest one-lesion pair ("dcis/idc"), so that longer pairs are never cut out and compared. */
const ONE_LESION_PAIR_LENGTH = 8;

/**
 * "breast/ovarian cancer", "GEJ/cardia": a slash between two words of letters, three or more each and
 * one of them longer, names two things, as "or" would; "s/p", "c/w", "ER/PR", "and/or", "HER2/neu" and
 * the paired abbreviations of one disease ("CLL/SLL") stay one token, but not two diseases' ("MDS/AML", "AIS/MIA").
 * `partStart` is where the part before the slash at `slash` starts.
 */
function separatesWords(text: string, partStart: number, slash: number): boolean {
  const nextEnd = alnumRunEnd(text, slash + 1);
  const before = slash - partStart;
  const after = nextEnd - slash - 1;
  // Two abbreviations of three letters each are one disease's paired names unless the pair names two ("MDS/AML": slashedPairs.ts).
  if (before < SLASHED_WORD || after < SLASHED_WORD) return false;
  // "DCIS/IDC": an invasive carcinoma and its in-situ part named as one lesion stay one word; "MTC/MEN2" names two (slashedPairs.ts).
  const pair = before + after <= ONE_LESION_PAIR_LENGTH ? text.slice(partStart, nextEnd).toLowerCase() : '';
  if (TWO_DISEASE_PAIRS.has(pair)) return true;
  if (!isLetters(text, partStart, slash) || !isLetters(text, slash + 1, nextEnd)) return false;
  return before + after > 2 * SLASHED_WORD && !ONE_LESION_PAIRS.has(pair);
}

function isLetters(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (isAsciiDigit(code) || !isAsciiAlnum(code)) return false;
  }
  return true;
}

/**
 * Tokenises `text[start, end)`, leaving out the words of the section headers (`headers`, in text order:
 * "History of Present Illness" holds no trigger). A header starts a new sentence where a token there would.
 * With `words` (the first words of every lexicon phrase, or the reader context's interned words, which
 * know each word's classes) each token says which lexicons' phrases it may start. With `buffer` (the reader
 * context's) the tokens and their array are the buffer's: those of the last call with it are no longer valid.
 */
export function tokenize(text: string, start: number, end: number, headers: readonly Span[], words?: ReadonlySet<string> | TokenWords, buffer = new TokenBuffer()): Token[] {
  buffer.begin();
  const codes = buffer.codes;
  codes.load(text, start, end);
  const headerStarts = new Set(headers.map((header) => header.offset));
  const table = words instanceof TokenWords ? words : undefined;
  const classify = words === undefined || words instanceof TokenWords ? undefined : firstWordClassifier(words);
  let sentence = 0;
  let previousEnd = start;
  let seen = 0;
  let nextHeader = 0;
  const { view, copied } = codes;
  const run: RunHash = { hash: -1, after: Number.NaN, view, start, copied };
  // Whether the space since the last token or header holds a line break: only then may it end a sentence (`breaksBetween`).
  let lineBreak = false;
  let headerAt = headers[0]?.offset ?? end;
  let at = start;
  while (at < end) {
    const code = codeIn(view, start, copied, text, at);
    if (isSpaceCode(code)) {
      if (code === 0x0a) lineBreak = true;
      at++;
      continue;
    }
    if (at >= headerAt) {
      while (nextHeader < headers.length && (headers[nextHeader]?.offset ?? 0) < at) nextHeader++;
      headerAt = headers[nextHeader]?.offset ?? end;
    }
    const header = at === headerAt ? headers[nextHeader] : undefined;
    if (header !== undefined) {
      if (seen > 0 && lineBreak && sentenceHasTokens(buffer, sentence) && breaksBetween(text, previousEnd, at, headerStarts)) sentence++;
      seen++;
      lineBreak = false;
      previousEnd = at + header.length;
      at = Math.max(at + 1, previousEnd);
      continue;
    }
    const leaderEnd = code === 0x2e /* . */ ? dotLeaderEnd(text, at, end) : -1;
    if (leaderEnd > 0) {
      addDotLeader(buffer, table, classify, at, leaderEnd, sentence);
      seen++;
      lineBreak = false;
      previousEnd = at = leaderEnd;
      continue;
    }
    const alnum = isWordCode(code);
    const decimal = isAsciiDigit(code) ? decimalEnd(text, at) : -1;
    // Most words are one run of letters and digits: its scan also hashes it for the word table.
    const runEnd = decimal < 0 && alnum ? hashedRunEnd(text, at, run) : -1;
    let tokenEnd = decimal >= 0 ? decimal : runEnd >= 0 && !continuesWord(text, run, runEnd, run.after) ? runEnd : alnum ? wordEnd(text, at) : at + 1;
    const hash = tokenEnd === runEnd ? run.hash : -1;
    if (seen > 0 && lineBreak && sentenceHasTokens(buffer, sentence) && breaksBetween(text, previousEnd, at, headerStarts)) sentence++;
    lineBreak = false;
    if (table === undefined) addSpelledToken(buffer, text, at, tokenEnd, sentence, alnum, classify);
    else tokenEnd = addInternedToken(buffer, table, codes, text, at, tokenEnd, sentence, alnum, hash, headerAt);
    seen++;
    previousEnd = tokenEnd;
    if (!alnum && endsSentence(buffer, text, code, at)) sentence++;
    at = tokenEnd;
  }
  return buffer.finish();
}

/** Whether the sentence being numbered has a token yet (a full stop and a line break end one sentence, not two). */
function sentenceHasTokens(buffer: TokenBuffer, sentence: number): boolean {
  return buffer.last(0)?.sentence === sentence;
}

/** Whether the punctuation token just pushed (`code` at `at`) ends its sentence. */
function endsSentence(buffer: TokenBuffer, text: string, code: number, at: number): boolean {
  if (code === 0x3b /* ; */ || code === 0x21 /* ! */) return true;
  if (code === 0x3f /* ? */) return !isLeadingQuestionMark(text, at);
  return code === 0x2e /* . */ && !isAbbreviationStop(buffer) && !isPersonInitialStop(buffer) && !isGenusInitial(buffer, text, at) && !isDiedStop(buffer, text, at) && !isCodeStop(text, at) && !isStopBeforeComma(text, at) && !isLatinAbbreviationStop(text, at);
}

/** "Squamous cell carcinoma, well diff., R dorsal hand": a full stop that a comma follows closes an abbreviation, not a sentence. */
function isStopBeforeComma(text: string, at: number): boolean {
  return text.charCodeAt(at + 1) === 0x2c /* , */;
}

/** "Mother d. colon ca at 70", "father d. 81": a lower-case "d." (died) that a lower-case word or a number follows ends no sentence. */
function isDiedStop(buffer: TokenBuffer, text: string, at: number): boolean {
  const died = buffer.last(1);
  const next = text.charCodeAt(at + 2);
  return died !== undefined && died.raw === 'd' && died.end === at && text.charCodeAt(at + 1) === 0x20 && ((next >= 0x61 && next <= 0x7a) || isAsciiDigit(next));
}

/** "Malignant neoplasm of sigmoid colon (C18.7)": the full stop inside a written code, between digits, ends no sentence. */
function isCodeStop(text: string, at: number): boolean {
  return at > 0 && isAsciiDigit(text.charCodeAt(at - 1)) && isAsciiDigit(text.charCodeAt(at + 1));
}

/** "H. pylori", "E. coli": a capital initial whose full stop is followed by a lower-case word ends no sentence. */
function isGenusInitial(buffer: TokenBuffer, text: string, at: number): boolean {
  const initial = buffer.last(1);
  const next = text.charCodeAt(at + 2);
  return initial !== undefined && initial.raw.length === 1 && isAsciiUpper(initial.raw.charCodeAt(0)) && initial.end === at && text.charCodeAt(at + 1) === 0x20 && next >= 0x61 && next <= 0x7a;
}

/** Whether the whitespace between two tokens holds a line break that ends a sentence. */
function breaksBetween(text: string, from: number, to: number, headerStarts: ReadonlySet<number>): boolean {
  let firstBreak = -1;
  for (let position = from; position < to; position++) {
    if (text.charCodeAt(position) !== 0x0a) continue;
    if (firstBreak >= 0) return true;
    firstBreak = position;
  }
  if (firstBreak < 0) return false;
  if (text.charCodeAt(from - 1) === 0x3a /* : */) return true;
  const lineStart = firstBreak + 1;
  if (headerStarts.has(to) || headerStarts.has(lineStart)) return true;
  // "Bronchoscopic bx of the RUL\nmass 12/1: small cell carcinoma": a lower-case line after a word with no stop is a wrapped phrase.
  const label = startsFieldLabel(text, lineStart) && !(startsLowerCase(text, lineStart) && endsInWord(text, from));
  return startsListItem(text, lineStart) || startsRowLine(text, lineStart) || ((startsTitleCaseLine(text, lineStart) || startsDatedEntry(text, lineStart) || label) && !continuesPhrase(text, from));
}

/** Whether a line opens (after spaces) with a lower-case letter. */
function startsLowerCase(text: string, lineStart: number): boolean {
  let at = lineStart;
  while (isSpaceOrTab(text.charCodeAt(at))) at++;
  const code = text.charCodeAt(at);
  return code >= 0x61 && code <= 0x7a;
}

/** Whether the text before a line break (ending at `end`) ends in a letter or digit, not a stop or other mark. */
function endsInWord(text: string, end: number): boolean {
  return isAsciiAlnum(text.charCodeAt(end - 1));
}

/** How many characters a field label at a line's start may have ("R knee:", "HEENT:", "Lymph nodes:"). */
const FIELD_LABEL_LENGTH = 24;

/**
 * A line that opens with a short field label and its colon ("R knee: varus 8 deg", "CV: RRR", "Back:
 * soft mass"): an exam or report field of its own, whatever its capitals. At most three spaces (four
 * words) before the colon, which a space or the line's end follows; a time ("10:30") opens no label.
 */
function startsFieldLabel(text: string, lineStart: number): boolean {
  let at = lineStart;
  while (isSpaceOrTab(text.charCodeAt(at))) at++;
  const first = text.charCodeAt(at);
  if (!(isAsciiUpper(first) || (first >= 0x61 && first <= 0x7a))) return false;
  let spaces = 0;
  for (let position = at; position < at + FIELD_LABEL_LENGTH; position++) {
    const code = text.charCodeAt(position);
    if (code === 0x3a /* : */) {
      const after = text.charCodeAt(position + 1);
      return after === 0x20 || after === 0x0a || after === 0x09 || Number.isNaN(after);
    }
    if (code === 0x20) spaces++;
    if (spaces > 3 || code === 0x0a || Number.isNaN(code) || !(isAsciiAlnum(code) || code === 0x20 || code === 0x2f || code === 0x2d || code === 0x26 || code === 0x28 || code === 0x29)) return false;
  }
  return false;
}

/**
 * A line that opens with a date and a dash or colon ("3/2021 - EBUS bx RUL: adenocarcinoma", "7/2022:
 * PD", "2019 - lumpectomy"): an entry of an oncologic timeline, each its own sentence. The date has a
 * slash or is a year, so a wrapped measurement ("3 - 4 cm") goes on.
 */
function startsDatedEntry(text: string, lineStart: number): boolean {
  let at = lineStart;
  while (isSpaceOrTab(text.charCodeAt(at))) at++;
  const start = at;
  let slash = false;
  for (let code = text.charCodeAt(at); isAsciiDigit(code) || code === 0x2f || code === 0x2d; code = text.charCodeAt(++at)) slash ||= code === 0x2f;
  const year = at - start === 4 && (text.startsWith('19', start) || text.startsWith('20', start));
  if (at === start || !(slash || year)) return false;
  while (text.charCodeAt(at) === 0x20) at++;
  const mark = text.charCodeAt(at);
  return mark === 0x3a /* : */ || ((mark === 0x2d || mark === 0x2013) && text.charCodeAt(at + 1) === 0x20);
}

/**
 * A line that opens with a capitalised word ("Malignant neoplasm of prostate", "Secondary …"): in a list
 * without bullets each line is an entry of its own, while a wrapped phrase goes on in lower case
 * ("metastatic\nto liver") or with an abbreviation ("with\nRUL mass").
 */
function startsTitleCaseLine(text: string, lineStart: number): boolean {
  let at = lineStart;
  while (isSpaceOrTab(text.charCodeAt(at))) at++;
  const next = text.charCodeAt(at + 1);
  return isAsciiUpper(text.charCodeAt(at)) && ((next >= 0x61 && next <= 0x7a) || opensHistoryLabel(text, at));
}

/**
 * "FHx colon cancer (father)", "PMHx: HTN", "PSHx lap chole": a history label abbreviated in capitals before "Hx" opens
 * an entry of its own, as a capitalised word does; a cue on the line above must not reach into it.
 */
function opensHistoryLabel(text: string, at: number): boolean {
  let end = at;
  while (isAsciiUpper(text.charCodeAt(end))) end++;
  return end - at >= 2 && text.charCodeAt(end - 1) === 0x48 /* H */ && text.charCodeAt(end) === 0x78 /* x */ && !isAsciiAlnum(text.charCodeAt(end + 1));
}

/** Words that leave a phrase open at the end of a line ("history of\nBreast cancer", "seen by\nDr. Lee"). */
const OPEN_ENDINGS = new Set(['and', 'or', 'of', 'with', 'to', 'the', 'a', 'an', 'in', 'for', 'from', 'by', 'at', 'on', 'as', 'c/w', 'w/', 'w', 'vs', 'versus', 'including', 'involving', 'into', 's/p', 'status', 'post', 'her', 'his', 'dr']);

/** Whether the text before a line break (ending at `end`) leaves its phrase open: a comma, a hyphen or an open word. */
function continuesPhrase(text: string, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  if (last === 0x2c /* , */ || last === 0x2d /* - */ || last === 0x2f /* / */ || last === 0x28 /* ( */) return true;
  let wordStart = end;
  while (wordStart > 0 && !isSpaceCode(text.charCodeAt(wordStart - 1))) wordStart--;
  return OPEN_ENDINGS.has(text.slice(wordStart, end).toLowerCase());
}

/** A line that starts (after spaces or tabs) with `-`, `*`, `•`, `#`, `>`, an arrow (`=>`, `→`) or a one- or two-digit number and `.` or `)`. */
function startsListItem(text: string, lineStart: number): boolean {
  let at = lineStart;
  while (isSpaceOrTab(text.charCodeAt(at))) at++;
  const code = text.charCodeAt(at);
  if (code === 0x2d || code === 0x2a || code === 0x2022 || code === 0x23 || code === 0x3e || code === 0x2192) return true;
  // "[N] Leptomeningeal disease", "[Y] Measurable disease": each answered box opens an item of a checklist.
  if (opensBox(text, at)) return true;
  // "=> MDS with isolated del(5q)": a line opened by an arrow states the conclusion of the lines above.
  if (code === 0x3d && text.charCodeAt(at + 1) === 0x3e) return true;
  if (!isAsciiDigit(code)) return false;
  const next = isAsciiDigit(text.charCodeAt(at + 1)) ? at + 2 : at + 1;
  return text.charCodeAt(next) === 0x2e || text.charCodeAt(next) === 0x29;
}

/**
 * A checklist's answer box at `at`: "[N]", "[Y]", "[ n ]" (a yes or no written in the box). A form's check box ("[x]",
 * "[ ]") stays inside its field's sentence: its answer may follow on the next line ("Cancer:\n[x] Yes").
 */
function opensBox(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 0x5b /* [ */) return false;
  let inner = at + 1;
  while (text.charCodeAt(inner) === 0x20) inner++;
  const answer = text.charCodeAt(inner) | 0x20;
  if (answer !== 0x6e /* n */ && answer !== 0x79 /* y */) return false;
  let close = inner + 1;
  while (text.charCodeAt(close) === 0x20) close++;
  return text.charCodeAt(close) === 0x5d /* ] */;
}

/** A question mark written before a finding ("? liver mets") asks about it; it does not end a sentence. */
function isLeadingQuestionMark(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at + 1);
  // "? lymphoma", "?HCC", "(?cystadenoma)", "- ?mets": a question mark that opens a word hedges it; "mets?" closes a question.
  // A quotation opened by it is the same hedge quoted (documents "?mets to brain").
  return (at === 0 || isSpaceCode(before) || before === 0x28 /* ( */ || before === 0x22 /* " */ || before === 0x201c /* “ */) && (isSpaceOrTab(after) || (isAsciiAlnum(after) && !isAsciiDigit(after)));
}

/** A full stop right after an abbreviation ("vs.", "Dr.") does not end the sentence, save diabetic retinopathy's "DR" (`retinopathyAbbreviation.ts`). */
function isAbbreviationStop(buffer: TokenBuffer): boolean {
  const last = buffer.last(0);
  const before = buffer.last(1);
  return before !== undefined && last !== undefined && before.end === last.start && ABBREVIATIONS.has(before.norm) && !isRetinopathyAbbreviation(before, buffer.last(2));
}
