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
  return tokens[kept.start]?.sentence !== tokens[mention.start]?.sentence;
}
