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
    if (tokens[position]?.norm === ':' && OPENING_QUOTE_MARKS.has(tokens[position + 1]?.norm ?? '')) return true;
  }
  return false;
}

/** Quotation marks that can open a quotation, straight and opening curly: a quoted source begins with one of them. */
export const OPENING_QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '\u201c']);
/** Every quotation mark, straight, opening and closing curly: a walk over a phrase's words reads through any of them. */
export const QUOTE_MARKS: ReadonlySet<string> = new Set([...OPENING_QUOTE_MARKS, '\u201d']);
