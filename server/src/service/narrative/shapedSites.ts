import { marrowSampledOrRead } from './sampleWords';
import type { Token } from './tokens';

/**
 * Sites written by a word no lexicon spells as a site, read from the words around it (the site finder's shaped first
 * words "nasal", "hilar" and "BM"); moved out of siteFinder.ts to keep it under 400 lines.
 */

/** Parts of the external nose that dermatology writes ("L nasal tip"): the table's skin row is "nose (external)". */
const NOSE_PARTS = new Set(['tip', 'dorsum', 'bridge', 'sidewall', 'side-wall', 'supratip', 'sill', 'root']);

/** "L nasal tip": the external nose. */
export function nosePartAt(tokens: readonly Token[], index: number): { end: number; path: readonly string[] } | undefined {
  return tokens[index]?.norm === 'nasal' && NOSE_PARTS.has(tokens[index + 1]?.norm ?? '') ? { end: index + 2, path: ['nose'] } : undefined;
}

/**
 * "BM aspirate/bx:", "bilateral BM bx", "BM negative for …": "BM" in capitals before a marrow sample or its result is the bone
 * marrow (elsewhere it may be a bowel movement); the sample and result words are `sampleWords.ts`'.
 */
export function marrowSampleAt(tokens: readonly Token[], index: number): { end: number; path: readonly string[] } | undefined {
  if (tokens[index]?.raw !== 'BM') return undefined;
  return marrowSampledOrRead(tokens[index + 1]?.norm ?? '') ? { end: index + 1, path: ['marrow'] } : undefined;
}

/** Nouns after "hilar" that make it a tumour of the lung's hilum ("R hilar mass", "R hilar primary"). */
const HILAR_TUMOUR_NOUNS = new Set(['mass', 'masses', 'primary', 'lesion', 'tumor', 'tumour', 'carcinoma', 'cancer']);
/** Organs whose hilum is not the lung's ("renal hilar mass", "splenic hilar"). */
const OTHER_HILA = new Set(['renal', 'kidney', 'splenic', 'spleen', 'hepatic', 'liver', 'biliary', 'bile', 'perihilar']);

/** "R hilar mass": the table's "hilus of lung" (C34.0-), unless another organ's hilum is named before it; "hilar nodes" are read as nodes before this. */
export function lungHilumAt(tokens: readonly Token[], index: number): { end: number; path: readonly string[] } | undefined {
  const hilar = tokens[index]?.norm === 'hilar' && HILAR_TUMOUR_NOUNS.has(tokens[index + 1]?.norm ?? '');
  return hilar && !OTHER_HILA.has(tokens[index - 1]?.norm ?? '') ? { end: index + 1, path: ['lung', 'hilus'] } : undefined;
}
