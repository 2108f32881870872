import type { RawMention } from './rawMention';
import type { Token } from './tokens';
import { germCellPartColumn } from './germCellParts';

/**
 * A site-less word whose organ the encounter settles: "+ CIS", "concomitant CIS", "likely BCG effect vs CIS" in a
 * note about a bladder cancer is the bladder's carcinoma in situ (table: bladder / Ca in situ D09.0), since urology
 * writes the bladder's flat in-situ carcinoma so and names any other organ's ("upper tract CIS", "CIS of the vocal
 * cord"). The word is read so only when the encounter places a primary or in-situ neoplasm in that organ; elsewhere
 * it waits for the encounter's one cancer organ (`restatedCarcinoma.ts`), as a site-less tissue carcinoma does.
 * It is no mention of its own where it only glosses what stands before it: an in-situ diagnosis ("carcinoma in situ
 * of the bladder dome (CIS)") or a stage category ("pTis (CIS)").
 */

/** A site-less mention waiting for the organ its word names in an encounter about that organ. */
function isPendingOrganWord(mention: RawMention): boolean {
  return mention.restatedOnly === true && mention.site === undefined && mention.histology?.encounterOrgan !== undefined;
}

/** The table rows of an organ's parts that the table lists under their own names ("labia, majora" of the vulva, round 23). */
const ORGAN_PARTS: ReadonlyMap<string, ReadonlySet<string>> = new Map([['vulva', new Set(['labia', 'labium', 'clitoris'])]]);

/** A primary or in-situ neoplasm the encounter places in the organ ("urothelial carcinoma of the bladder"), not a spread there from another one. */
function documentsOrgan(mention: RawMention, organ: readonly string[]): boolean {
  const row = mention.site?.path[0] ?? '';
  return mention.restatedOnly !== true && (mention.column === 'primary' || mention.column === 'in-situ') && (row === organ[0] || ORGAN_PARTS.get(organ[0] ?? '')?.has(row) === true);
}

/** The stage categories of a carcinoma in situ that the word may gloss ("pTis (CIS)", "Tis = CIS"). */
const IN_SITU_STAGES = new Set(['tis', 'ptis', 'ctis', 'ytis', 'yptis']);

/** Whether the word glosses the in-situ diagnosis or stage written right before it, in parentheses or after "=". */
function glossesBefore(tokens: readonly Token[], mentions: readonly RawMention[], mention: RawMention): boolean {
  const opener = tokens[mention.anchorStart - 1]?.norm;
  if (opener !== '(' && opener !== '=') return false;
  const before = mention.anchorStart - 2;
  return IN_SITU_STAGES.has(tokens[before]?.norm ?? '') || mentions.some((other) => other.column === 'in-situ' && other.end === before + 1);
}

/** The mentions, with each pending organ word placed at its organ when the encounter documents a neoplasm there. */
export function withEncounterOrganSites(tokens: readonly Token[], mentions: readonly RawMention[]): readonly RawMention[] {
  if (!mentions.some(isPendingOrganWord)) return mentions;
  return mentions.flatMap((mention) => {
    const organ = isPendingOrganWord(mention) ? mention.histology?.encounterOrgan : undefined;
    if (organ === undefined) return [mention];
    // A gloss is dropped here, so that no later pass places it at the encounter's one organ either.
    if (glossesBefore(tokens, mentions, mention)) return [];
    if (!mentions.some((other) => documentsOrgan(other, organ))) return [mention];
    return [{ ...mention, site: { start: mention.anchorStart, end: mention.anchorStart, path: organ, lymphNode: false }, column: germCellPartColumn(mention, organ), restatedOnly: false }];
  });
}
