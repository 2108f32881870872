import type { CodeRangeRef } from '../codeSet';

/**
 * Finds the code references in the text of a tabular instructional note and turns them into
 * dotless prefix ranges: `(C83.3-)` → C833, `C81-C86` → C81..C86, `Z85.-` → Z85, `(C43.0, C4A.0)` →
 * C430 and C4A0, `(C00-D49)` → C00..D49.
 *
 * Known limits, on purpose: qualifiers written in words ("T36-T50 with fifth or sixth character 5",
 * "E08-E13 with .44") are not applied, so such a reference is wider than the note; "S00.- to S09.-" is
 * read as its two ends; and a code-shaped word in prose ("vitamin B12") becomes a reference that
 * matches whatever code has that prefix, usually none.
 */

// A letter, then a digit and a character (C78), or a letter and a digit (QA0, new in FY2026); a
// second letter must be followed by a digit so that prose such as "HIV" is not read as a code.
const code = '[A-Z](?:[0-9][0-9A-Z]|[A-Z][0-9])(?:\\.[0-9A-Z]{1,4})?';
// A code, an optional "-" or ".-" meaning "and its subdivisions", then an optional "-" and the range's end.
const referencePattern = new RegExp(`(?<![A-Za-z0-9.])(${code})(?:\\.?-)?(?:\\s*-\\s*(${code})(?:\\.?-)?)?(?![A-Za-z0-9])`, 'g');

/** The code references in a note's text, in order of appearance, without duplicates. */
export function extractCodeRefs(text: string): CodeRangeRef[] {
  const refs: CodeRangeRef[] = [];
  const seen = new Set<string>();
  for (const match of text.matchAll(referencePattern)) {
    const first = (match[1] as string).replace('.', '');
    const last = match[2] === undefined ? first : match[2].replace('.', '');
    const key = `${first}-${last}`;
    if (seen.has(key)) continue;
    seen.add(key);
    refs.push({ first, last });
  }
  return refs;
}

/** Whether a dotless code falls inside a reference: its prefix of each bound's length lies between the bounds. */
export function refCovers(ref: CodeRangeRef, code: string): boolean {
  return code.slice(0, ref.first.length) >= ref.first && code.slice(0, ref.last.length) <= ref.last;
}

/** Writes references compactly for the index: `C81-C86,C88,C833`. */
export function formatRefs(refs: readonly CodeRangeRef[]): string {
  return refs.map((ref) => (ref.first === ref.last ? ref.first : `${ref.first}-${ref.last}`)).join(',');
}

/** Reads references written by {@link formatRefs}. */
export function parseRefs(text: string): CodeRangeRef[] {
  if (text === '') return [];
  return text.split(',').map((part) => {
    const dash = part.indexOf('-');
    return dash < 0 ? { first: part, last: part } : { first: part.slice(0, dash), last: part.slice(dash + 1) };
  });
}
