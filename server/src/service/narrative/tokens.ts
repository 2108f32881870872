/**
 * Splits an encounter's text into word and punctuation tokens with their offsets, and numbers the
 * sentences: a sentence ends at `.`, `;`, `!`, `?`, at a blank line, at a line that ends in a colon, and
 * before a line that starts a list item (`-`, `*`, `1.`, `#`) or a section header. A plain line break
 * inside a phrase ("metastatic\nto liver") does not end it. One regular-expression pass; linear.
 */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** The token in lower case ("rul", "s/p", "non-small"). */
  readonly norm: string;
  /** The token as written. */
  readonly raw: string;
  readonly sentence: number;
  readonly punct: boolean;
}

const TOKEN = /\d+(?:\.\d+)+|[A-Za-z0-9]+(?:['’/&+-][A-Za-z0-9]+)*\+?|[^\sA-Za-z0-9]/g;
const SENTENCE_END = new Set(['.', ';', '!', '?']);
/** Words after which a full stop is an abbreviation, not a sentence end. */
const ABBREVIATIONS = new Set(['vs', 'dr', 'approx', 'e.g', 'i.e', 'mr', 'mrs', 'ms', 'st']);
const LIST_ITEM = /^[ \t]*(?:[-*•#>]|\d{1,2}[.)])/;

/** Tokenises `text[start, end)`; `headerStarts` are the offsets of section headers (new sentences). */
export function tokenize(text: string, start: number, end: number, headerStarts: ReadonlySet<number>): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let previousEnd = start;
  TOKEN.lastIndex = start;
  for (let match = TOKEN.exec(text); match !== null && match.index < end; match = TOKEN.exec(text)) {
    const raw = match[0];
    if (tokens.length > 0 && breaksBetween(text, previousEnd, match.index, headerStarts)) sentence++;
    tokens.push({ start: match.index, end: match.index + raw.length, norm: raw.toLowerCase(), raw, sentence, punct: raw.length === 1 && !/[A-Za-z0-9]/.test(raw) });
    previousEnd = match.index + raw.length;
    if (SENTENCE_END.has(raw) && !isAbbreviationStop(tokens, text, previousEnd) && !isLeadingQuestionMark(text, match.index)) sentence++;
  }
  return tokens;
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
  return LIST_ITEM.test(text.slice(lineStart, Math.min(to + 3, text.length)));
}

/** A question mark written before a finding ("? liver mets") asks about it; it does not end a sentence. */
function isLeadingQuestionMark(text: string, at: number): boolean {
  return text.charAt(at) === '?' && (at === 0 || /\s/.test(text.charAt(at - 1))) && /[ \t]/.test(text.charAt(at + 1));
}

/** A full stop after an abbreviation ("vs.") or between digits does not end the sentence. */
function isAbbreviationStop(tokens: readonly Token[], text: string, after: number): boolean {
  const last = tokens[tokens.length - 1];
  const before = tokens[tokens.length - 2];
  if (last?.raw !== '.') return false;
  if (before !== undefined && before.end === last.start && ABBREVIATIONS.has(before.norm)) return true;
  return !/\s|$/.test(text.charAt(after)) && text.charAt(after) !== '';
}
