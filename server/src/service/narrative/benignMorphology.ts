import type { RawMention } from './rawMention';

/**
 * Whether a mention is a neoplasm the Index codes by its morphology as benign or in situ ("liver hemangioma" D18.03, "lipoma"
 * D17.-, "dysplastic nevus" D22.-, "melanoma in situ" D03.-): Tabular D00–D09 (in situ) and D10–D36, D3A (benign). Such a
 * neoplasm of another organ is, like a benign or in-situ one the Table codes, no cancer a site-less "tumor" may be restating
 * (`restatedCarcinoma.ts`; ANNOTATION.md, "Tumor" of a proven cancer): a rectal cancer's "residual tumor" is the cancer's even
 * where the note also documents a liver hemangioma (dev d848).
 */
export function isBenignMorphology(mention: RawMention): boolean {
  const code = mention.morphology?.code;
  if (code === undefined || code.charAt(0) !== 'D') return false;
  if (code.startsWith('D3A')) return true;
  const category = Number(code.slice(1, 3));
  return Number.isInteger(category) && category <= LAST_BENIGN_CATEGORY;
}

/** D36 is the last benign category; D37–D48 are of uncertain behaviour and D49 of unspecified behaviour. */
const LAST_BENIGN_CATEGORY = 36;
