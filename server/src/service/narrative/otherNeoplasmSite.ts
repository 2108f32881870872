import type { RawMention } from './rawMention';
import type { SiteMatch } from './siteMatch';
import type { Token } from './tokens';
import { ANCHOR_LEXICONS } from './wordClasses';

/**
 * "Glioblastoma, R temporal lobe … Stable L frontal meningioma. … consensus recurrent GBM": a sub-site written for a neoplasm of
 * another type names where that neoplasm is, not where the mention's own tumour is, however near it stands. The look for a nearby
 * sub-site of the same organ (`siteContext.ts`) passes such a site by; the sub-site the encounter documents for the mention's own
 * cancer still reaches it through `encounterSites.ts` (corpus ANNOTATION.md, "Side and sub-site documented elsewhere in the note").
 */

/** Words that name no type of their own: the same tumour may be restated with them ("RUL mass … adenocarcinoma"). */
const RESTATING_WORDS: ReadonlySet<string> = new Set([
  'cancer', 'ca', 'carcinoma', 'malignancy', 'malignant', 'neoplasm', 'neoplasms', 'tumor', 'tumors', 'tumour', 'tumours', 'mass', 'masses',
  'lesion', 'lesions', 'nodule', 'nodules', 'primary', 'disease', 'recurrence', 'cancers',
]);

/**
 * Whether a typed neoplasm other than the mention's own type is written right after the site ("L frontal meningioma" for a GBM).
 * An untyped mention ("low suspicion for recurrent tongue cancer" after "R oral tongue SCC") may restate any typed one.
 */
export function namesAnotherNeoplasm(tokens: readonly Token[], site: SiteMatch, mention: RawMention): boolean {
  const word = tokens[site.end];
  const own = tokens[mention.anchorEnd - 1]?.norm ?? '';
  if (word === undefined || !isTyped(word) || RESTATING_WORDS.has(own)) return false;
  return word.norm !== own && word.norm !== tokens[mention.anchorStart]?.norm;
}

function isTyped(word: Token): boolean {
  return (word.classes & ANCHOR_LEXICONS) !== 0 && !RESTATING_WORDS.has(word.norm);
}
