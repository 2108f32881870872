import type { RawMention } from './rawMention';

/** Tabular D25.0 submucous, D25.1 intramural, D25.2 subserosal leiomyoma of uterus. */
const LAYERED_LEIOMYOMA = /^D25\.[012]$/;
/** Tabular D25.9 Leiomyoma of uterus, unspecified (Index: Fibroid (uterus) D25.9). */
const UNLAYERED_LEIOMYOMA = 'D25.9';

/**
 * "Two intramural fibroids (fundal 3.2 cm, posterior body 2.1 cm) … IMPRESSION: Uterine fibroids": a fibroid restated
 * without its layer is the one the encounter documents, as the side and sub-site rule of ANNOTATION.md codes an organ's
 * tumour (D25.1). Two layers documented leave the restatement unspecified (D25.9).
 */
export function withRestatedFibroidLayer(raw: readonly RawMention[]): RawMention[] {
  let layered: RawMention['morphology'];
  for (const mention of raw) {
    const morphology = mention.morphology;
    if (morphology === undefined || !LAYERED_LEIOMYOMA.test(morphology.code)) continue;
    if (layered !== undefined && layered.code !== morphology.code) return [...raw];
    layered = morphology;
  }
  if (layered === undefined) return [...raw];
  const { code, source } = layered;
  return raw.map((mention) => mention.morphology?.code !== UNLAYERED_LEIOMYOMA ? mention
    : { ...mention, morphology: { ...mention.morphology, code, source: `${mention.morphology.source}; the layer the encounter documents: ${source}` } });
}
