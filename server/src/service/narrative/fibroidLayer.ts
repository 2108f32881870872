import type { RawMention } from './rawMention';
import type { Token } from './tokens';

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

/** The layers of the uterus a fibroid is written with, and their Tabular codes (D25.0 submucous, D25.1 intramural, D25.2 subserosal). */
const LAYER_CODES: ReadonlyMap<string, string> = new Map([
  ['submucosal', 'D25.0'], ['submucous', 'D25.0'], ['intramural', 'D25.1'], ['subserosal', 'D25.2'], ['subserous', 'D25.2'],
]);
const LAYER_JOINERS = new Set(['and', '/', '&', ',']);

/**
 * "several intramural and subserosal leiomyomas": fibroids of two layers written with one noun are a leiomyoma of each layer
 * (ANNOTATION.md: coordinated sites, one entry per site). The lexicon reads the phrase from the last layer; the layer
 * joined before it is a second mention over the same words, with its own Tabular code.
 */
export function withCoordinatedFibroidLayers(tokens: readonly Token[], raw: readonly RawMention[]): RawMention[] {
  if (!raw.some((mention) => LAYERED_LEIOMYOMA.test(mention.morphology?.code ?? ''))) return [...raw];
  return raw.flatMap((mention) => {
    const morphology = mention.morphology;
    if (morphology === undefined || !LAYERED_LEIOMYOMA.test(morphology.code)) return [mention];
    const after = layerSetOffAfter(tokens, mention.end, morphology.code);
    if (after !== undefined) {
      const end = mention.end + 2;
      return [{ ...mention, end }, { ...mention, end, morphology: { ...morphology, code: after.code, source: `Tabular ${after.code} ${after.layer} leiomyoma of uterus` } }];
    }
    const joiner = tokens[mention.start - 1];
    const layer = tokens[mention.start - 2];
    const code = LAYER_CODES.get(layer?.norm ?? '');
    if (joiner === undefined || layer === undefined || !LAYER_JOINERS.has(joiner.norm) || layer.sentence !== joiner.sentence || code === undefined || code === morphology.code) return [mention];
    const start = mention.start - 2;
    const first = { ...mention, start, morphology: { ...morphology, code, source: `Tabular ${code} ${layer.norm} leiomyoma of uterus` } };
    return [first, { ...mention, start }];
  });
}

/**
 * "Leiomyomata, intramural and subserosal (3, up to 2.1 cm)": a pathology line sets the layers off after the plural, and the
 * lexicon reads the first; a second layer joined after it ("and subserosal") is a leiomyoma of that layer too.
 */
function layerSetOffAfter(tokens: readonly Token[], end: number, code: string): { code: string; layer: string } | undefined {
  const joiner = tokens[end];
  const layer = tokens[end + 1];
  const second = LAYER_CODES.get(layer?.norm ?? '');
  if (joiner === undefined || layer === undefined || tokens[end - 1]?.norm === undefined || !LAYER_CODES.has(tokens[end - 1]?.norm ?? '')) return undefined;
  if (!LAYER_JOINERS.has(joiner.norm) || joiner.norm === ',' || layer.sentence !== joiner.sentence || second === undefined || second === code) return undefined;
  return { code: second, layer: layer.norm };
}
