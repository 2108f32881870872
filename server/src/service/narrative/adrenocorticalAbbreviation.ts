import type { RawMention } from './rawMention';
import type { Token } from './tokens';

/** The long form whose presence in the encounter makes "ACC" its abbreviation (histologyLexicon.ts). */
const LONG_FORMS: ReadonlySet<string> = new Set(['adrenocortical carcinoma', 'adrenal cortical carcinoma', 'adrenocortical cancer']);

/**
 * "ACC" is adrenocortical carcinoma in a note that names one ("Hx adrenocortical carcinoma, L adrenal … personal hx of ACC (NED 5 yrs)"),
 * but adenoid cystic or acinic cell carcinoma in a head and neck note and the American College of Cardiology elsewhere: an "ACC" mention
 * is kept only when the encounter writes the long form too.
 */
export function withAdrenocorticalAbbreviation(tokens: readonly Token[], mentions: RawMention[]): RawMention[] {
  const read = withCapitalsBesideLongForm(tokens, mentions);
  if (!read.some((mention) => mention.histology?.words === 'acc')) return read;
  if (read.some((mention) => LONG_FORMS.has(mention.histology?.words ?? ''))) return read;
  return read.filter((mention) => mention.histology?.words !== 'acc');
}

/**
 * "Bilateral RB, good response": an abbreviation read in capitals beside its usual spelling ("Rb") is kept only when the encounter
 * writes its long form ("Bilateral retinoblastoma"); elsewhere the capitals may be another word.
 */
function withCapitalsBesideLongForm(tokens: readonly Token[], mentions: RawMention[]): RawMention[] {
  const inCapitals = (mention: RawMention): boolean => mention.histology?.capitalsBesideLongForm !== undefined && tokens[mention.anchorStart]?.raw !== mention.histology.spelledAs;
  if (!mentions.some(inCapitals)) return mentions;
  // The long forms the encounter writes, gathered once so that a note of many abbreviations costs one pass.
  const written = new Set<string>();
  for (const mention of mentions) if (mention.histology !== undefined) written.add(mention.histology.words);
  return mentions.filter((mention) => !inCapitals(mention) || written.has(mention.histology?.capitalsBesideLongForm ?? ''));
}
