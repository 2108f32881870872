import type { RawMention } from './rawMention';
import type { SiteMatch } from './siteFinder';
import type { Token } from './tokens';

/**
 * A breast imaging report's final category line whose descriptor names malignancy ("OVERALL ASSESSMENT: BI-RADS 5 - Highly
 * suggestive of malignancy", "ASSESSMENT: BI-RADS 5: Highly Suggestive of Malignancy", "OVERALL BI-RADS: 5 - Highly Suggestive
 * of Malignancy"): ANNOTATION.md, round 17, "A BI-RADS category line whose words name malignancy is a mention … with the site of
 * the finding the category is given for (side and sub-site rule)" (d127, d404, d664). The ACR descriptor restates the radiologist's
 * reading of that finding, so the site-less "malignancy" waits (`unspecifiedCancer.ts`) and takes the site of the nearest finding
 * before it that the report read with the same descriptor word ("L breast 2:00 mass, highly suggestive of malignancy" → C50.412),
 * not that of a breast the report clears ("No evidence of malignancy in the right breast") or of a risk it names.
 */

/** How many tokens before the "malignancy" the category's "BI-RADS" word may stand ("BI-RADS 5 - Highly suggestive of"). */
const CATEGORY_REACH = 8;

/** The descriptor words of the categories that doubt or state malignancy (4 suspicious, 5 highly suggestive, 6 known). */
const DESCRIPTOR_WORDS: ReadonlySet<string> = new Set(['suggestive', 'suspicious']);

/** How many mentions back the finding the category is given for may stand. */
const FINDING_REACH = 12;

/** Whether a "BI-RADS" word stands in the same sentence at most `CATEGORY_REACH` tokens before the word at `start`. */
export function inBiradsCategory(tokens: readonly Token[], start: number): boolean {
  const sentence = tokens[start]?.sentence;
  for (let position = start - 1; position >= Math.max(0, start - CATEGORY_REACH); position--) {
    const token = tokens[position];
    if (token === undefined || token.sentence !== sentence) return false;
    if (token.norm.endsWith('rads')) return true;
    // "OVERALL BI-RADS: 5 - Highly Suggestive of Malignancy": under the header that names the category, the line opens with its number.
    // The header's words are no tokens, its colon may be.
    if (tokens[position - 1]?.sentence !== sentence) return opensWithCategory(tokens, token.norm === ':' ? position + 1 : position);
  }
  return false;
}

/** Whether the tokens at `position` are a category number set off from its descriptor ("5 -", "5:"). */
function opensWithCategory(tokens: readonly Token[], position: number): boolean {
  return CATEGORY_NUMBERS.has(tokens[position]?.norm ?? '') && CATEGORY_MARKS.has(tokens[position + 1]?.norm ?? '');
}

/** The assessment categories and the marks that set the number off from its descriptor ("5 -", "5:"). */
const CATEGORY_NUMBERS: ReadonlySet<string> = new Set(['0', '1', '2', '3', '4', '4a', '4b', '4c', '5', '6']);
const CATEGORY_MARKS: ReadonlySet<string> = new Set(['-', ':', '–']);

/** The descriptor word between the category and its "malignancy", if any ("suggestive"). */
function descriptorBefore(tokens: readonly Token[], start: number): string | undefined {
  for (let position = start - 1; position >= Math.max(0, start - CATEGORY_REACH); position--) {
    const word = tokens[position]?.norm ?? '';
    if (DESCRIPTOR_WORDS.has(word)) return word;
  }
  return undefined;
}

/**
 * Whether the mention's sentence holds the descriptor word within `CATEGORY_REACH` tokens of the mention's words: a finding read with
 * a descriptor writes it as close to its "malignancy" as a category line does ("mass, highly suggestive of malignancy"), and the
 * bound keeps each of these walks, run for every finding a category line looks back to, from crossing a long sentence.
 */
function readWith(tokens: readonly Token[], mention: RawMention, descriptor: string): boolean {
  const sentence = tokens[mention.anchorStart]?.sentence;
  for (let position = mention.anchorStart - 1; position >= Math.max(0, mention.anchorStart - CATEGORY_REACH) && tokens[position]?.sentence === sentence; position--) if (tokens[position]?.norm === descriptor) return true;
  for (let position = mention.anchorEnd; position < mention.anchorEnd + CATEGORY_REACH && tokens[position]?.sentence === sentence; position++) if (tokens[position]?.norm === descriptor) return true;
  return false;
}

/** A category line's "malignancy" still waiting for its finding. */
function isPendingCategory(tokens: readonly Token[], mention: RawMention): boolean {
  return mention.restatedOnly === true && mention.site === undefined && inBiradsCategory(tokens, mention.anchorStart);
}

/** The mentions, with each category line's "malignancy" placed at the breast finding the report read with its descriptor. */
export function withBiradsFindings(tokens: readonly Token[], mentions: readonly RawMention[]): readonly RawMention[] {
  return mentions.map((mention, index) => {
    if (!isPendingCategory(tokens, mention)) return mention;
    const descriptor = descriptorBefore(tokens, mention.anchorStart);
    if (descriptor === undefined) return mention;
    for (let before = index - 1; before >= Math.max(0, index - FINDING_REACH); before--) {
      const finding = mentions[before];
      const site: SiteMatch | undefined = finding?.site;
      if (finding === undefined || site === undefined || site.path[0] !== 'breast' || finding.column !== 'primary' || !readWith(tokens, finding, descriptor)) continue;
      return { ...mention, site: { ...site, start: mention.anchorStart, end: mention.anchorStart }, restatedOnly: false };
    }
    return mention;
  });
}
