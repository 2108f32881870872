import type { SiteMatch } from './siteMatch';
import type { Token } from './tokens';
import { WORD_CLASS } from './wordClasses';

/**
 * "additional mets T4, L2, L5, sacrum", "metastases C5-C7": the spine levels listed right after a metastasis
 * word are the vertebrae it is in (table: bone, vertebra / Malignant Secondary C79.51; the sacrum and coccyx
 * are bone rows of their own with the same cell). A level alone is no site ("T4 N2" is a tumour stage, "L5"
 * a nerve root), so the list is read only right after the metastasis word, as one site.
 */

/** Metastasis words a list of spine levels may follow. */
export const METASTASIS_WORDS: ReadonlySet<string> = new Set(['mets', 'met', 'metastases', 'metastasis', 'lesions']);
/** A spine level, or a range of them in one token ("t4", "l2", "c5-c7", "t10-12"). */
const LEVEL = /^(?:c[1-7]|t(?:[1-9]|1[0-2])|l[1-5]|s[1-5])(?:-(?:[ctls])?\d{1,2})?$/;
/** The lower spine's bones, listed with the levels. */
const SPINE_BONES = new Set(['sacrum', 'coccyx']);
const JOINERS = new Set([',', 'and', '&', '/']);
/** At most this many levels and bones in one list. */
const MAX_LEVELS = 8;

/** The list of spine levels starting at `index`, right after a metastasis word, as one vertebra site; undefined otherwise. */
export function spineLevelListAt(tokens: readonly Token[], index: number): SiteMatch | undefined {
  const before = tokens[index - 1];
  // The pass runs at every token: the word class turns away a token after no metastasis word without a set lookup.
  if (before === undefined || (before.classes & WORD_CLASS.spineMetastasis) === 0) return undefined;
  const sentence = tokens[index]?.sentence;
  if (!METASTASIS_WORDS.has(tokens[index - 1]?.norm ?? '') || tokens[index - 1]?.sentence !== sentence || !LEVEL.test(tokens[index]?.norm ?? '')) return undefined;
  let end = index + 1;
  let position = end;
  for (let count = 1; count < MAX_LEVELS && JOINERS.has(tokens[position]?.norm ?? ''); count++) {
    const next = tokens[position]?.norm === ',' && tokens[position + 1]?.norm === 'and' ? position + 2 : position + 1;
    const word = tokens[next];
    if (word === undefined || word.sentence !== sentence || !(LEVEL.test(word.norm) || SPINE_BONES.has(word.norm))) break;
    end = next + 1;
    position = end;
  }
  return { start: index, end, path: ['bone', 'vertebra'], lymphNode: false };
}
