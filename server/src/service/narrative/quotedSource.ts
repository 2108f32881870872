import type { Token } from './tokens';

/**
 * 'Malignant neoplasm of right kidney, except renal pelvis (onc consult: "R ccRCC s/p R radical nephrectomy 2021")': a coding
 * summary's or a query's line quotes the record it took a diagnosis from, after the source's label and a colon. The quoted words
 * are that document's own statement, an occurrence of its own (ANNOTATION.md: every occurrence of a diagnosis is its own mention;
 * round 18, coding abstracts), not the title before them restated in its parenthesis.
 */

/** Whether a source's colon and an opening quotation mark stand between `from` and `to` (a bounded span of one sentence). */
export function quotedSourceBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let position = from; position < to - 1; position++) {
    if (tokens[position]?.norm === ':' && QUOTE_MARKS.has(tokens[position + 1]?.norm ?? '')) return true;
  }
  return false;
}

/** Quotation marks, straight and opening curly. */
const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '\u201c']);
