import { toDotted } from '../codes/codeText';
import { presentOrDoubted, withDocumentedCode } from './documentedCode';
import type { DocumentedMention } from './model';

/**
 * A uterine fibroid named without its layer ("fibroids", "Uterine leiomyoma", D25.9) in a note that documents the layer of
 * its fibroids one way ("4 cm intramural fibroid", "fibroid uterus (largest 4 cm intramural posterior)") is of that layer: a
 * coder codes the most specific diagnosis the record documents for the encounter (ANNOTATION.md, "Side and sub-site
 * documented elsewhere in the note"; Tabular D25.0 submucous, D25.1 intramural, D25.2 subserosal leiomyoma of uterus). As
 * with a side or sub-site, only a present or doubted mention takes it or documents it, and a note naming two layers
 * documents none.
 */

/** Tabular D25.9 Leiomyoma of uterus, unspecified. */
const FIBROID_UNSPECIFIED = 'D259';
/** The layers' codes (D25.0 submucous, D25.1 intramural, D25.2 subserosal). */
const FIBROID_LAYERS = /^D25[0-2]$/;
/** A layer's word in the parenthesis right after an unspecified fibroid, with the code it documents. */
const LAYER_WORDS: readonly (readonly [RegExp, string])[] = [
  [/\bsubmucos(?:al|e)\b|\bsubmucous\b/i, 'D250'], [/\bintramural\b/i, 'D251'], [/\bsubseros(?:al|e)\b|\bsubserous\b/i, 'D252'],
];
/** How many characters the parenthesis after a fibroid may hold. */
const PARENTHESIS_REACH = 80;

function unlayeredFibroid(mention: DocumentedMention): boolean {
  return mention.code === FIBROID_UNSPECIFIED && presentOrDoubted(mention);
}

/** The layer a parenthesis right after the mention names ("fibroid uterus (largest 4 cm intramural posterior)"), or undefined. */
function parenthesizedLayer(text: string, mention: DocumentedMention): string | undefined {
  const after = text.slice(mention.span.offset + mention.span.length, mention.span.offset + mention.span.length + PARENTHESIS_REACH);
  const open = /^[^\S\n]*(?:\w+[^\S\n]*){0,4}\(/.exec(after);
  const close = open === null ? -1 : after.indexOf(')', open[0].length);
  if (open === null || close < 0) return undefined;
  const inside = after.slice(open[0].length, close);
  const named = LAYER_WORDS.filter(([words]) => words.test(inside));
  return named.length === 1 ? named[0]?.[1] : undefined;
}

/** The one layer the note's present or doubted fibroids document, or undefined when none or two. */
function documentedLayer(text: string, mentions: readonly DocumentedMention[]): string | undefined {
  const layers = new Set<string>();
  for (const mention of mentions) {
    if (!presentOrDoubted(mention) || mention.code === null) continue;
    if (FIBROID_LAYERS.test(mention.code)) layers.add(mention.code);
    else if (mention.code === FIBROID_UNSPECIFIED) {
      const layer = parenthesizedLayer(text, mention);
      if (layer !== undefined) layers.add(layer);
    }
  }
  const [only] = layers;
  return layers.size === 1 ? only : undefined;
}

/** The mentions with each unlayered fibroid given the one layer its note documents. */
export function withDocumentedFibroidLayer(text: string, mentions: readonly DocumentedMention[]): readonly DocumentedMention[] {
  if (!mentions.some(unlayeredFibroid)) return mentions;
  const layer = documentedLayer(text, mentions);
  if (layer === undefined) return mentions;
  return withDocumentedCode(mentions, unlayeredFibroid, layer, `the fibroids' layer the note documents (${toDotted(layer)})`);
}
