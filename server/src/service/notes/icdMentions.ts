import type { DiagnosisMention } from '../model';
import type { Span } from '../spans';
import { spanOf } from '../spans';
import { followsIdentifierLabel, isGluedToNumber, isMarkerName } from './notACode';

/**
 * Finding ICD-10-CM codes in free text. Dotted codes (`C78.01`) are distinctive; dotless tokens
 * (`B12`, `V600E`) collide with vitamins, vertebrae and gene variants, so outside a code context they
 * are marked `shapeOnly` and the service keeps them only when the code set knows them. Accession and
 * case numbers and stain names are never codes (see `notACode.ts`).
 */

/** Letter, digit, digit-or-A/B, then a dot and 1–4 alphanumerics or up to 4 more alphanumerics. */
const CODE_SHAPE = /(?<![A-Za-z0-9.])([A-Za-z]\d[0-9ABab])(?:\.([A-Za-z0-9]{1,4})|([A-Za-z0-9]{1,4}))?(?![A-Za-z0-9])/g;
const CODE_TOKEN = /^[A-Za-z]\d[0-9ABab](?:\.?[A-Za-z0-9]{1,4})?$/;

/** ICD-O-3 morphology (`M-8500/3`, `8500/3`) or the words "ICD-O" mark a line as pathology/registry text. */
const ICD_O_LINE = /\bICD-?O\b|(?<![A-Za-z0-9])(?:M-?)?[89]\d{3}\/[0-9](?![0-9])/i;

/** A keyword that introduces codes, optionally followed by other codes already listed. */
const KEYWORD_BEFORE = /\b(?:ICD(?:[- ]?10)?(?:[- ]?CM)?|dx|diagnos(?:is|es|tic)\s+codes?|codes?)\s*[:#=-]?\s*(?:[A-Za-z]\d[0-9AB][A-Za-z0-9.]*\s*(?:[,;/&]|and)\s*)*$/i;

/** Splits a list of codes; every piece must then look like a code. */
const LIST_SEPARATOR = /[\s,;/&]+|\band\b/i;

/** Finds the code-shaped tokens in `text`, skipping the spans in `excluded` (procedure codes). */
export function findDiagnosisMentions(text: string, excluded: readonly Span[]): DiagnosisMention[] {
  const mentions: DiagnosisMention[] = [];
  let line: LineScan | undefined;
  let excludedIndex = 0;
  CODE_SHAPE.lastIndex = 0;
  for (let match = CODE_SHAPE.exec(text); match !== null; match = CODE_SHAPE.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    while (excludedIndex < excluded.length && spanEndOf(excluded[excludedIndex]) <= start) excludedIndex++;
    const blocking = excluded[excludedIndex];
    if (blocking !== undefined && blocking.offset < end) continue;
    // Tokens come in order, so the line is found once per line, not once per token (a note may be one long line).
    if (line === undefined || start > line.lineEnd) line = new LineScan(text, text.lastIndexOf('\n', start - 1) + 1, end);
    if (line.isIcdO || isGluedToNumber(text, end) || followsIdentifierLabel(text, line.lineStart, start)) continue;
    const dotted = match[2] !== undefined;
    const code = match[0].replace('.', '').toUpperCase();
    if (isMarkerName(match[0]) && !followsCodeWord(text, line.lineStart, start)) continue;
    const mention: DiagnosisMention = {
      code,
      span: spanOf(start, end),
      system: 'icd10cm',
      role: 'listed',
      writtenDotted: dotted,
    };
    mentions.push(dotted || line.inCodeContext(start, end) ? mention : { ...mention, shapeOnly: true });
  }
  return mentions;
}

/** Whether a word that introduces codes ("ICD-10", "Dx", "code") stands before `start` on its line. */
function followsCodeWord(text: string, lineStart: number, start: number): boolean {
  return KEYWORD_BEFORE.test(text.slice(Math.max(lineStart, start - 80), start));
}

function spanEndOf(span: Span | undefined): number {
  return span === undefined ? Number.MAX_SAFE_INTEGER : span.offset + span.length;
}

/** Whether every piece of `list` looks like a code (and there is at least `minimum` of them). */
function isCodeList(list: string, minimum: number): boolean {
  const pieces = list.split(LIST_SEPARATOR).filter((piece) => piece !== '' && piece !== undefined);
  return pieces.length >= minimum && pieces.every((piece) => CODE_TOKEN.test(piece));
}

/**
 * One line of the note, read as the tokens on it advance: the last `(` and `:` before a token are
 * tracked incrementally and the list checks are remembered, so a line of thousands of codes is read
 * in linear time rather than once per token.
 */
class LineScan {
  readonly lineStart: number;
  readonly lineEnd: number;
  readonly #text: string;
  #icdO: boolean | undefined;
  /** Characters before this offset have been looked at for `(`, `)` and `:`. */
  #scanned: number;
  #lastOpen = -1;
  #closedAfterOpen = false;
  #lastColon = -1;
  /** The first `)` at or after `#nextCloseFrom` on this line, or the line end when there is none. */
  #nextClose = -1;
  #nextCloseFrom = -1;
  readonly #parenLists = new Map<string, boolean>();
  readonly #colonLists = new Map<number, boolean>();

  constructor(text: string, lineStart: number, from: number) {
    this.#text = text;
    this.lineStart = lineStart;
    const lineEnd = text.indexOf('\n', from);
    this.lineEnd = lineEnd === -1 ? text.length : lineEnd;
    this.#scanned = lineStart;
  }

  /** Whether the line is pathology or registry text (ICD-O-3 morphology), whose codes are not diagnoses. */
  get isIcdO(): boolean {
    this.#icdO ??= ICD_O_LINE.test(this.#text.slice(this.lineStart, this.lineEnd));
    return this.#icdO;
  }

  /**
   * A dotless token is in a code context when it stands in a parenthesised list of codes, after a word
   * such as "ICD-10", "Dx" or "code", or in a list of at least two codes after a colon.
   */
  inCodeContext(start: number, end: number): boolean {
    this.#advance(start);
    const text = this.#text;
    if (this.#lastOpen !== -1 && !this.#closedAfterOpen) {
      const close = this.#closeAfter(end);
      const key = `${this.#lastOpen}:${close}`;
      let isList = this.#parenLists.get(key);
      if (isList === undefined) {
        isList = isCodeList(text.slice(this.#lastOpen + 1, close), 1);
        this.#parenLists.set(key, isList);
      }
      if (isList) return true;
    }
    if (followsCodeWord(text, this.lineStart, start)) return true;
    const colon = this.#lastColon;
    if (colon !== -1) {
      let isList = this.#colonLists.get(colon);
      if (isList === undefined) {
        isList = isCodeList(text.slice(colon + 1, this.lineEnd).replace(/[.\s]+$/, ''), 2);
        this.#colonLists.set(colon, isList);
      }
      if (isList) return true;
    }
    return false;
  }

  /** Reads the line up to `offset` for the last `(` (and whether a `)` followed it) and the last `:`. */
  #advance(offset: number): void {
    const text = this.#text;
    for (let i = this.#scanned; i < offset; i++) {
      const code = text.charCodeAt(i);
      if (code === 40) {
        this.#lastOpen = i;
        this.#closedAfterOpen = false;
      } else if (code === 41) {
        if (this.#lastOpen !== -1) this.#closedAfterOpen = true;
      } else if (code === 58) {
        this.#lastColon = i;
      }
    }
    if (offset > this.#scanned) this.#scanned = offset;
  }

  /** The first `)` at or after `offset` on this line, or the line end. */
  #closeAfter(offset: number): number {
    if (this.#nextCloseFrom === -1 || this.#nextCloseFrom > offset || this.#nextClose < offset) {
      const text = this.#text;
      let close = this.lineEnd;
      for (let i = offset; i < this.lineEnd; i++) {
        if (text.charCodeAt(i) === 41) {
          close = i;
          break;
        }
      }
      this.#nextClose = close;
      this.#nextCloseFrom = offset;
    }
    return this.#nextClose;
  }
}
