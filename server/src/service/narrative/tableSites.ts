import type { SiteMatch } from './siteMatch';
import type { SiteRowIndex } from './siteRows';
import type { Token } from './tokens';
import { WORD_CLASS } from './wordClasses';

/**
 * The site words the Table of Neoplasms prints itself, read by the site finder after the lexicons: a row title of one
 * or two plain words ("pancreas", "bile duct"; `SiteRowIndex.isSiteRow`), and a title of two words or more as a
 * clinician writes it (`tableSitePhrases.ts`: "gland of Bartholin", "piriform sinus", "cardio-esophageal junction",
 * "frontal pole"), with the stop list of table words that are ordinary words in notes.
 */

/** Table titles that are ordinary words in notes and never name a site on their own. */
const NOT_SITES = new Set([
  'common', 'external', 'internal', 'cavity', 'canal', 'cord', 'pole', 'septum', 'junction', 'medulla', 'fundus', 'fossa', 'cortex',
  'corpus', 'gland', 'muscle', 'mucosa', 'ligament', 'plexus', 'sphincter', 'commissure', 'frontal', 'parietal', 'temporal', 'occipital',
  'metastatic', 'disseminated', 'generalized', 'primary', 'tissue', 'nerve', 'vessel', 'lymph', 'unknown', 'specified', 'tract', 'system',
  'organ', 'duct', 'site', 'cell', 'cells', 'body', 'head', 'neck', 'lobe', 'wall', 'vein', 'artery', 'lining', 'margin', 'surface', 'tumor',
  'cancer', 'disease', 'stage', 'grade', 'type', 'marrow', 'nodes', 'node', 'carcinoid', 'malignant', 'benign', 'secondary', 'greater', 'lesser',
  // "favor scar, residual metastasis not excluded" (a lung nodule), "the left parotid parenchyma", "smear w/ chondromyxoid stroma": the
  // table's "scar NEC" (skin), "parenchyma, kidney" and "stroma, endometrial" rows; in a note they describe an organ named elsewhere.
  'scar', 'parenchyma', 'stroma',
  // "c/w a tubo-ovarian primary": in a serous carcinoma the origin is the tube or the ovary, undecided (ANNOTATION.md's null
  // with both candidates), not the table's row for a lesion overlapping both (C57.8).
  'tubo-ovarian',
]);

/** Words of the stop list that stay no site even before a part of a site ("primary liver", "metastatic node"). */
const NOT_PART_STARTS = new Set(['metastatic', 'disseminated', 'generalized', 'primary', 'secondary', 'malignant', 'benign', 'tumor', 'cancer', 'disease', 'carcinoid', 'stage', 'grade', 'type', 'unknown', 'specified', 'common']);

/** A site noun of one or two words that the table prints as a row title (or a variant of one). */
export function tableSiteAt(tokens: readonly Token[], index: number, siteRows: SiteRowIndex): Omit<SiteMatch, 'start'> | undefined {
  const first = tokens[index];
  // A word that starts no site key of the table is no row, alone or with the next word.
  if (first === undefined || (first.classes & WORD_CLASS.siteRowFirst) === 0) return undefined;
  const titled = titlePhraseAt(tokens, index, siteRows);
  if (titled !== undefined) return titled;
  if (first.punct || first.norm.length < 4 || !isLowerWord(first.norm) || NOT_SITES.has(first.norm)) return undefined;
  const second = tokens[index + 1];
  // "cystic change", "complex cystic mass": the word is a site only as "cystic duct".
  if (first.norm === 'cystic' && second?.norm !== 'duct') return undefined;
  if (second !== undefined && !second.punct && second.sentence === first.sentence && isSiteRow(siteRows, first.norm, second.norm)) {
    return { end: index + 2, path: [`${first.norm} ${second.norm}`], lymphNode: false };
  }
  if (isSiteRow(siteRows, first.norm, '')) return { end: index + 1, path: [first.norm], lymphNode: false };
  return undefined;
}

/**
 * A title of three words or more as written ("ventricular band of larynx", "gland of Bartholin"), or of two whose words
 * are not the plain ones the pair look-up reads ("cardio-esophageal junction", "Bartholin's gland") or that one side of
 * an "or" title makes ("piriform sinus"); two words keep the pair look-up's stop list ("common duct" stays no site).
 */
export function titlePhraseAt(tokens: readonly Token[], index: number, siteRows: SiteRowIndex): Omit<SiteMatch, 'start'> | undefined {
  const phrase = siteRows.titlePhraseAt(tokens, index);
  const first = tokens[index]?.norm ?? '';
  // A part named with its site ("frontal pole", "internal os") is a site even when its first word alone is none; a word that
  // names a behaviour or a histology ("primary liver") stays none.
  const stopped = phrase !== undefined && phrase.end - index <= 2 && NOT_SITES.has(first) && (phrase.path.length === 1 || NOT_PART_STARTS.has(first));
  if (phrase === undefined || stopped) return undefined;
  return { end: phrase.end, path: phrase.path, lymphNode: false };
}

/** Whether the words (one, or two when `second` is not empty) name a site row, remembered per context. */
function isSiteRow(siteRows: SiteRowIndex, first: string, second: string): boolean {
  return siteRows.isSiteRow(first, second);
}

/** Whether the word is made of the letters a-z only, or of such words joined by hyphens ("ureter-bladder", "cardio-esophagus"). */
function isLowerWord(word: string): boolean {
  for (let at = 0; at < word.length; at++) {
    const code = word.charCodeAt(at);
    if ((code < 0x61 || code > 0x7a) && !(code === 0x2d && at > 0 && at < word.length - 1)) return false;
  }
  return true;
}
