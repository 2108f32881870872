import type { DiagnosisMention } from '../model';
import type { Span } from '../spans';
import { spanOf } from '../spans';

/**
 * Finding ICD-10-CM codes in free text. Dotted codes (`C78.01`) are distinctive; dotless tokens
 * (`B12`, `V600E`) collide with vitamins, vertebrae and gene variants, so outside a code context they
 * are marked `shapeOnly` and the service keeps them only when the code set knows them.
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
  const icdOLines = new Map<number, boolean>();
  let excludedIndex = 0;
  CODE_SHAPE.lastIndex = 0;
  for (let match = CODE_SHAPE.exec(text); match !== null; match = CODE_SHAPE.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    while (excludedIndex < excluded.length && spanEndOf(excluded[excludedIndex]) <= start) excludedIndex++;
    const blocking = excluded[excludedIndex];
    if (blocking !== undefined && blocking.offset < end) continue;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    let lineEnd = text.indexOf('\n', end);
    if (lineEnd === -1) lineEnd = text.length;
    let isIcdO = icdOLines.get(lineStart);
    if (isIcdO === undefined) {
      isIcdO = ICD_O_LINE.test(text.slice(lineStart, lineEnd));
      icdOLines.set(lineStart, isIcdO);
    }
    if (isIcdO) continue;
    const dotted = match[2] !== undefined;
    const mention: DiagnosisMention = {
      code: match[0].replace('.', '').toUpperCase(),
      span: spanOf(start, end),
      system: 'icd10cm',
      role: 'listed',
      writtenDotted: dotted,
    };
    mentions.push(dotted || inCodeContext(text, start, end, lineStart, lineEnd) ? mention : { ...mention, shapeOnly: true });
  }
  return mentions;
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
 * A dotless token is in a code context when it stands in a parenthesised list of codes, after a word
 * such as "ICD-10", "Dx" or "code", or in a list of at least two codes after a colon.
 */
function inCodeContext(text: string, start: number, end: number, lineStart: number, lineEnd: number): boolean {
  const before = text.slice(lineStart, start);
  const open = before.lastIndexOf('(');
  if (open !== -1 && before.indexOf(')', open) === -1) {
    let close = text.indexOf(')', end);
    if (close === -1 || close > lineEnd) close = lineEnd;
    if (isCodeList(text.slice(lineStart + open + 1, close), 1)) return true;
  }
  if (KEYWORD_BEFORE.test(before.slice(-80))) return true;
  const colon = before.lastIndexOf(':');
  if (colon !== -1) {
    const after = text.slice(lineStart + colon + 1, lineEnd).replace(/[.\s]+$/, '');
    if (isCodeList(after, 2)) return true;
  }
  return false;
}
