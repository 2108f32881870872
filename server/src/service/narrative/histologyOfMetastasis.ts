import type { RawMention } from './rawMention';
import type { Token } from './tokens';

/**
 * "melanoma metastasis", "hypervascular RCC met": a histology written right before a metastasis word names
 * what the metastasis is made of, as "metastatic melanoma" does, not a primary tumour of its own: the mention is
 * the metastasis at its site (table: brain / Malignant Secondary C79.31; bone C79.51), and the primary is coded
 * where the note documents it. A carcinoid's metastases keep their own reading (Tabular C7B.0-, carcinoidCode.ts).
 */

/** Metastasis words that make the histology before them its material. */
const METASTASIS_WORDS = new Set(['met', 'mets', 'metastasis', 'metastases']);

/** The mentions without a primary whose histology is the material of the metastasis written right after it. */
export function withoutHistologyOfMetastasis(tokens: readonly Token[], mentions: readonly RawMention[]): RawMention[] {
  const secondaryStarts = new Set<number>();
  for (const mention of mentions) if (mention.column === 'secondary') secondaryStarts.add(mention.anchorStart);
  if (secondaryStarts.size === 0) return [...mentions];
  return mentions.filter((mention) => !namesMetastasisMaterial(tokens, mention, secondaryStarts));
}

function namesMetastasisMaterial(tokens: readonly Token[], mention: RawMention, secondaryStarts: ReadonlySet<number>): boolean {
  if (mention.column === 'secondary' || mention.column === 'in-situ' || mention.morphology?.siteAxis === 'carcinoid') return false;
  const next = mention.anchorEnd;
  return METASTASIS_WORDS.has(tokens[next]?.norm ?? '') && tokens[next]?.sentence === tokens[next - 1]?.sentence && secondaryStarts.has(next);
}
