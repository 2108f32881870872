import type { RawMention } from './rawMention';

/** The long form whose presence in the encounter makes "ACC" its abbreviation (histologyLexicon.ts). */
const LONG_FORMS: ReadonlySet<string> = new Set(['adrenocortical carcinoma', 'adrenal cortical carcinoma', 'adrenocortical cancer']);

/**
 * "ACC" is adrenocortical carcinoma in a note that names one ("Hx adrenocortical carcinoma, L adrenal … personal hx of ACC (NED 5 yrs)"),
 * but adenoid cystic or acinic cell carcinoma in a head and neck note and the American College of Cardiology elsewhere: an "ACC" mention
 * is kept only when the encounter writes the long form too.
 */
export function withAdrenocorticalAbbreviation(mentions: RawMention[]): RawMention[] {
  if (!mentions.some((mention) => mention.histology?.words === 'acc')) return mentions;
  if (mentions.some((mention) => LONG_FORMS.has(mention.histology?.words ?? ''))) return mentions;
  return mentions.filter((mention) => mention.histology?.words !== 'acc');
}
