import { sentenceStart } from './contextNodeRegion';
import type { SiteMatch } from './siteMatch';
import type { Token } from './tokens';

/** How many sentences of a report part's text below its label the label still names the organ of. */
const BLOCK_SENTENCES = 2;
/**
 * How many when the sentence opens with the pathologist's verdict and names no subject of its own ("Negative for adenocarcinoma.",
 * "No invasive low-grade serous carcinoma.", "POSITIVE for metastatic carcinoma."): a verdict without a subject is about the part,
 * however many sentences of description (grade, Ki-67, stains) stand between it and the label. A list item's verdict ("- NO
 * EVIDENCE OF OTHER HEMATOLYMPHOID NEOPLASM.") is left to the label's list reach (`siteContext.ts`).
 */
const VERDICT_BLOCK_SENTENCES = 4;
/** The words a subject-less verdict opens with. */
const VERDICT_OPENINGS: ReadonlySet<string> = new Set(['negative', 'neg', 'positive', 'pos', 'no']);

/**
 * "F. Skin, R posterior thigh, shave:\n Atypical melanocytic proliferation; cannot exclude evolving melanoma.": a part's
 * label names the organ of every sentence of its text, not only of the first. From the first token of a sentence, the
 * sentences before it are walked back (at most two, four before a verdict) while none names a site or a label of its own, to the sentence
 * right after the label's colon; the sentence's own start is returned when no such label is reached.
 */
export function labelledBlockStart(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], first: number): number {
  let start = first;
  const reach = VERDICT_OPENINGS.has(tokens[first]?.norm ?? '') ? VERDICT_BLOCK_SENTENCES : BLOCK_SENTENCES;
  for (let step = 0; step < reach && start > 0 && tokens[start - 1]?.norm !== ':'; step++) {
    const previous = sentenceStart(tokens, start - 1);
    for (let position = previous; position < start; position++) if (sites[position] !== undefined || endsLabel(tokens, position)) return first;
    start = previous;
  }
  return start > 0 && tokens[start - 1]?.norm === ':' ? start : first;
}

/**
 * Whether the token is a label's colon: one that ends its sentence ("B. Lymph node, right supraclavicular, FNA:"). A field's
 * colon with its value after it on a site-less line between a part's label and its list ("Diagnostic category (International
 * System for Serous Fluid Cytopathology): MALIGNANT (MAL), secondary.") labels no organ of its own, so the part's label still
 * names the organ of the list below it.
 */
function endsLabel(tokens: readonly Token[], position: number): boolean {
  return tokens[position]?.norm === ':' && tokens[position + 1]?.sentence !== tokens[position]?.sentence;
}
