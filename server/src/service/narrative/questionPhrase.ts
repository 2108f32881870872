import type { Token } from './tokens';

/**
 * Round 25 (tuner B): a question mark written before a phrase ("?hospice eligibility", "?related to current tumor") asks about
 * that phrase only: the phrase ends at the first dash, parenthesis, quotation mark, colon or semicolon, and what the writer puts
 * after that mark is a statement of its own ("?hospice eligibility - \"pt with recurrent GBM\"": the GBM is present; "(?related to
 * current tumor - radiation-induced glioma possible)": the tumour is present). A comma does not end it, since "?lymphoma, ?mets"
 * and "?recurrence, new liver lesion" are the question's own list.
 */
const PHRASE_ENDS = new Set(['-', '–', '—', '(', ')', '"', '“', '”', ':', ';']);

/** Whether a question mark before the mention (tokens `[from, to)` between them) is closed by a mark before it reaches the mention. */
export function questionClosedBefore(tokens: readonly Token[], from: number, to: number): boolean {
  for (let position = from; position < to; position++) {
    const token = tokens[position];
    if (token !== undefined && token.punct && PHRASE_ENDS.has(token.norm)) return true;
  }
  return false;
}
