import type { RawMention } from './rawMention';
import type { Token } from './token';

/**
 * "This profile is … not suggestive of metastasis from the patient's prior thyroid carcinoma", "excluding a metastasis of the
 * patient's prior prostate carcinoma": of a lesion the same note proves a metastasis at a named site, a denied "metastasis from
 * <a former cancer>" denies where the metastasis came from, not that the lesion holds one, so it is no mention (ANNOTATION.md, "A
 * denied origin of an established metastasis is no mention of the metastasis"). The former primary keeps its own entry. A
 * hedged origin ("metastasis from the prior X unlikely") is not a denial and stays, and so does any denial in a note that
 * proves no metastasis at a site.
 */

/** The bare metastasis words whose origin a report may deny. */
const METASTASIS_WORDS: ReadonlySet<string> = new Set(['metastasis', 'metastases', 'mets', 'met']);
/** Words that deny what follows them within a few words ("not suggestive of", "excluding a", "no evidence of"). */
const DENIALS: ReadonlySet<string> = new Set(['not', 'no', 'excluding', 'without', 'against']);
/** Words that make the cancer after "from" or "of" a former one of the patient's ("the patient's prior", "his known"). */
const FORMER_OWNERS: ReadonlySet<string> = new Set(["patient's", 'prior', 'previous', 'known', 'his', 'her', 'remote']);
/** How many words before the metastasis word its denial may stand ("not suggestive of", "excluding a"). */
const DENIAL_REACH = 4;
/** How many words after "from" or "of" the owning word may stand ("from the patient's prior"). */
const OWNER_REACH = 3;

/** Whether one of `words` stands among the `reach` tokens from `from` on (forward) or before it (backward), in `sentence`. */
function wordWithin(tokens: readonly Token[], from: number, reach: number, step: 1 | -1, sentence: number, words: ReadonlySet<string>): boolean {
  for (let count = 0, index = from; count < reach; count++, index += step) {
    const token = tokens[index];
    if (token === undefined || token.sentence !== sentence) return false;
    if (words.has(token.norm)) return true;
  }
  return false;
}

/** Whether the site-less metastasis word of `mention` is denied as coming from the patient's former cancer. */
function deniesOrigin(tokens: readonly Token[], mention: RawMention): boolean {
  if (mention.column !== 'secondary' || mention.end - mention.start !== 1 || !METASTASIS_WORDS.has(tokens[mention.start]?.norm ?? '')) return false;
  const sentence = tokens[mention.start]?.sentence ?? -1;
  const link = tokens[mention.end];
  if (link === undefined || link.sentence !== sentence || (link.norm !== 'from' && link.norm !== 'of')) return false;
  return wordWithin(tokens, mention.end + 1, OWNER_REACH, 1, sentence, FORMER_OWNERS) && wordWithin(tokens, mention.start - 1, DENIAL_REACH, -1, sentence, DENIALS);
}

/** Whether a mention is a metastasis at a site the note writes. */
function provesSitedMetastasis(mention: RawMention): boolean {
  return mention.column === 'secondary' && mention.site !== undefined && mention.unspecifiedSite !== true;
}

/** The mentions without the denied origins of a metastasis the note proves at a site. */
export function withoutDeniedOrigins(tokens: readonly Token[], mentions: readonly RawMention[]): readonly RawMention[] {
  if (!mentions.some(provesSitedMetastasis) || !mentions.some((mention) => deniesOrigin(tokens, mention))) return mentions;
  return mentions.filter((mention) => !deniesOrigin(tokens, mention));
}
