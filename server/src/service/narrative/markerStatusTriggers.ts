import { type AssertionTrigger, bothTriggers as both } from './assertionTrigger';

/**
 * Round 23 (specialty notes): a tumour's marker or receptor status written after it ("R breast cancer, triple negative, T2N1";
 * "breast ca, ER/PR negative, HER2 negative"; "oropharyngeal SCC, p16 negative") describes the tumour's cells, it does not
 * deny the tumour; NegEx's "negative" would otherwise negate the diagnosis it follows. These pseudo cues take the words
 * so the plain "negative" inside them is no denial (a hyphenated "HER2-negative" is one token and no cue already). A result
 * "negative for X" keeps its denial: each phrase ends at "negative", and a marker is never the word that names a neoplasm.
 */
const MARKERS: readonly string[] = [
  'triple', 'er', 'pr', 'hr', 'er/pr', 'er/pr/her2', 'pr/her2', 'her2', 'her-2', 'her2 / neu', 'hormone receptor', 'receptor', 'estrogen receptor', 'progesterone receptor',
  'p16', 'hpv', 'ebv', 'egfr', 'alk', 'ros1', 'kras', 'braf', 'pd-l1', 'cd20', 'cd30', 'kit', 'c-kit', 'msi', 'brca', 'brca1', 'brca2',
];

export const MARKER_STATUS_TRIGGERS: readonly AssertionTrigger[] = both('pseudo',
  ...MARKERS.flatMap((marker) => [`${marker} negative`, `${marker} neg`]));
