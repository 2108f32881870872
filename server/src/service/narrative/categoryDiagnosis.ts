import type { RawMention } from './rawMention';
import type { Token } from './tokens';

/**
 * A cytology report states its category and then the diagnosis that fills it, in sentences of their own under one sample label
 * ("US-guided FNA L level II node: POSITIVE FOR MALIGNANCY. Metastatic squamous cell carcinoma, non-keratinizing."; "FNA L parotid:
 * Milan System category IVA (benign neoplasm). … c/w pleomorphic adenoma."). Both take the label's site, and each is an occurrence of its
 * own (ANNOTATION.md, "Every occurrence is its own mention"; round 18, a cytology category whose words name a neoplasm): the typed
 * diagnosis is not the category restated, as a report's fields restating one typed tumour are.
 */

/** The words of a category that names malignancy or a neoplasm without a type. */
const CATEGORY_WORDS: ReadonlySet<string> = new Set(['malignancy', 'malignant', 'neoplasm', 'benign neoplasm', 'malignant neoplasm', 'malignant cells']);

/** Whether `mention`, in a later sentence, types the untyped category `kept` that its site and column were first read for. */
export function typesCategory(tokens: readonly Token[], kept: RawMention | undefined, mention: RawMention): boolean {
  if (kept === undefined || !CATEGORY_WORDS.has(kept.histology?.words ?? '') || CATEGORY_WORDS.has(mention.histology?.words ?? '')) return false;
  return tokens[kept.start]?.sentence !== tokens[mention.start]?.sentence || hedgeBetween(tokens, kept.end, mention.start);
}

/**
 * Round 22: "ROSE (periesophageal LN): malignant cells present, favor carcinoma" (d915): the type the reader favours after the
 * category, in its sentence, is a reading of its own, hedged, as the category's typed diagnosis in the next sentence is one.
 */
const TYPING_HEDGES: ReadonlySet<string> = new Set(['favor', 'favors', 'favoring', 'favour', 'favours', 'favouring', 'suggestive', 'c/w', 'consistent', 'compatible', 'suspicious', 'likely', 'probable', 'possible']);
/** How many tokens apart the category and its hedged type may stand. */
const TYPING_REACH = 6;

/** Whether a typing hedge stands between the category's end and the type's start, at most `TYPING_REACH` tokens apart. */
function hedgeBetween(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > TYPING_REACH) return false;
  for (let position = from; position < to; position++) if (TYPING_HEDGES.has(tokens[position]?.norm ?? '')) return true;
  return false;
}
