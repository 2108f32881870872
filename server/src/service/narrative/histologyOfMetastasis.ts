import type { RawMention } from './rawMention';
import type { Token } from './tokens';

/**
 * "melanoma metastasis", "hypervascular RCC met": a histology written right before a metastasis word names
 * what the metastasis is made of, as "metastatic melanoma" does, not a primary tumour of its own: the mention is
 * the metastasis at its site (table: brain / Malignant Secondary C79.31; bone C79.51), and the primary is coded
 * where the note documents it. A carcinoid's metastases keep a carcinoid of unspecified site (C7A.00) beside them unless the
 * note names the carcinoid at its organ ("ileal NET … NET mets to liver" is Tabular C7A.012 and C7B.02, no C7A.00).
 */

/** Metastasis words that make the histology before them its material. */
const METASTASIS_WORDS = new Set(['met', 'mets', 'metastasis', 'metastases']);

/** The mentions without a primary whose histology is the material of the metastasis written right after it. */
export function withoutHistologyOfMetastasis(tokens: readonly Token[], mentions: readonly RawMention[]): RawMention[] {
  const secondaryStarts = new Set<number>();
  for (const mention of mentions) if (mention.column === 'secondary') secondaryStarts.add(mention.anchorStart);
  // "melanoma brain mets": a metastasis whose site word stands between it and the histology is made of that histology too.
  const sitedStarts = new Set<number>();
  for (const mention of mentions) if (sitedMetastasis(tokens, mention)) sitedStarts.add(mention.start);
  if (secondaryStarts.size === 0) return [...mentions];
  const sitedCarcinoid = mentions.some(isSitedCarcinoidPrimary);
  return mentions.filter((mention) => !namesMetastasisMaterial(tokens, mention, secondaryStarts, sitedCarcinoid) && !namesSitedMetastasisMaterial(mention, sitedStarts));
}

/** A carcinoid the note names at its organ ("ileal NET"): the primary a site-less "NET mets" would otherwise restate as C7A.00. */
function isSitedCarcinoidPrimary(mention: RawMention): boolean {
  return mention.morphology?.siteAxis === 'carcinoid' && mention.column !== 'secondary' && mention.site !== undefined && !mention.site.lymphNode;
}

/**
 * Whether a secondary is written as "<site> <metastasis word>" ("brain mets", "liver metastases"), its site word opening it: a
 * histology right before it ("hemorrhagic melanoma brain mets") is its material as in "melanoma metastasis" (round 19; d150, d178,
 * d714, d729). The site must be one word of the phrase, so "melanoma, brain mets" (a list) and "melanoma of the back; brain mets"
 * keep both.
 */
function sitedMetastasis(tokens: readonly Token[], mention: RawMention): boolean {
  return mention.column === 'secondary' && mention.anchorStart === mention.start + 1 && METASTASIS_WORDS.has(tokens[mention.anchorStart]?.norm ?? '')
    && tokens[mention.start]?.punct === false && tokens[mention.start]?.sentence === tokens[mention.anchorStart]?.sentence;
}

/** Whether a histology (not a carcinoid, whose own rule above decides) ends right where a "<site> <metastasis word>" phrase begins. */
function namesSitedMetastasisMaterial(mention: RawMention, sitedStarts: ReadonlySet<number>): boolean {
  return mention.column !== 'secondary' && mention.column !== 'in-situ' && mention.morphology?.siteAxis !== 'carcinoid' && mention.site === undefined
    && sitedStarts.has(mention.anchorEnd);
}

function namesMetastasisMaterial(tokens: readonly Token[], mention: RawMention, secondaryStarts: ReadonlySet<number>, sitedCarcinoid: boolean): boolean {
  if (mention.column === 'secondary' || mention.column === 'in-situ') return false;
  // "Carcinoid metastases to liver" alone keeps its carcinoid of unspecified site (C7A.00) beside the spread.
  if (mention.morphology?.siteAxis === 'carcinoid' && !sitedCarcinoid) return false;
  const next = mention.anchorEnd;
  return METASTASIS_WORDS.has(tokens[next]?.norm ?? '') && tokens[next]?.sentence === tokens[next - 1]?.sentence && secondaryStarts.has(next);
}
