import type { NeoplasmColumn } from '../codes/neoplasm/model';
import type { RawMention } from './rawMention';

/**
 * What the two passes of the grade rule share (ANNOTATION.md, "A grade that changes a neoplasm's behaviour"): a grade proven
 * anywhere in the note codes every ungraded benign restatement of that lesion at the grade's behaviour, since the Index's
 * benign default (Meningioma — see Neoplasm, meninges, benign) holds only while the record gives no grade; and a histology
 * written in the plural names several lesions, none of which a restatement can be said to be. `gradedMeningioma.ts` applies
 * the rule among the site passes, before the assertions, and `gradedRestatement.ts` after them; each header says why.
 */

/** The columns a grade moves a benign-by-default histology to (an atypical meningioma's uncertain, an anaplastic one's primary). */
export const GRADED_COLUMNS: ReadonlySet<NeoplasmColumn> = new Set<NeoplasmColumn>(['uncertain', 'primary']);

/** A histology written in the plural ("meningiomas"). */
export function writtenPlural(words: string): boolean {
  return /s$/i.test(words);
}

/** The histology's base name, singular and in lower case ("meningiomas" → "meningioma"). */
export function baseWords(words: string): string {
  return words.toLowerCase().replace(/s$/, '');
}

/** An ungraded benign naming of a graded lesion, coded at the behaviour its grade proves. */
export function atGradedBehaviour(mention: RawMention, column: NeoplasmColumn): RawMention {
  return { ...mention, column };
}
