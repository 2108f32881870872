import type { Token } from './tokens';

/**
 * "R small renal mass", "L large adrenal nodule", "R tiny thyroid nodule": a clinic writes the lesion's size between its side
 * and its organ, and the side is still the organ's (table: kidney, right: D49.511, C64.1). Only a size word is skipped, and only
 * where no site begins at it ("L small bowel" is the small intestine, read by the site finder as a site of its own).
 */
const SIZE_WORDS: ReadonlySet<string> = new Set(['small', 'large', 'tiny', 'big', 'enlarging', 'subcentimeter', 'sub-centimeter', 'bulky']);

/** Whether the word at `at`, right after a side, is a size word that may stand before the organ. */
export function sizeWordAt(tokens: readonly Token[], at: number): boolean {
  return SIZE_WORDS.has(tokens[at]?.norm ?? '');
}
