import type { FamilyStatements } from './familyStatement';
import { inMarginStatement } from './marginStatement';
import type { RawMention } from './rawMention';
import { inMarginItem } from './siteContext';
import type { Token } from './tokens';

/**
 * "Margins: Negative for invasive melanoma and melanoma in situ", "Margins negative for melanoma": a skin excision's margin
 * statement speaks of the specimen's own melanoma at the edge of the excised skin (ANNOTATION.md, the margin rule), as a
 * carcinoma's does (`marginStatement.ts`). The pathologist writes the skin site once, in the part's label or the synoptic
 * "Tumor Site:", never in the margin line, so a melanoma with no site of its own there takes the site of the melanoma the
 * report placed last before it, denied too (Index: Melanoma, skin, by site; Melanoma, in situ, by site).
 */

/** How many of the mentions before it are searched for the specimen's melanoma. */
const TUMOUR_MENTIONS_BACK = 12;
/** How many tokens before the margin statement the specimen's melanoma may be diagnosed (a part's diagnosis and its synoptic). */
const TUMOUR_REACH = 400;
/** The morphologies whose margins a skin excision reports: the skin's own melanoma and Merkel cell carcinoma. */
const SKIN_AXES: ReadonlySet<string> = new Set(['melanoma', 'merkel']);

/**
 * Whether a mention is a site-less skin tumour in a margin statement, which the report's margin items keep (`reportedMentions.ts`)
 * until the mentions are placed and it can take the site of the tumour before it.
 */
export function awaitsMarginTumour(tokens: readonly Token[], mention: RawMention): boolean {
  const axis = mention.morphology?.siteAxis;
  return mention.site === undefined && axis !== undefined && SKIN_AXES.has(axis) && inMarginStatement(tokens, mention.anchorStart);
}

/**
 * The mentions, each site-less skin tumour in a margin statement at the site of the report's tumour of its kind before it; one
 * that finds none in a margin item is left out, as a margin item that names no site is (`reportedMentions.ts`).
 */
export function withMarginSkinTumourSites(tokens: readonly Token[], family: FamilyStatements, mentions: readonly RawMention[]): RawMention[] {
  const placed: RawMention[] = [];
  for (const mention of mentions) {
    const atMargin = awaitsMarginTumour(tokens, mention) && !family.has(tokens, mention.anchorStart) ? marginSkinTumour(tokens, family, mention, placed) : undefined;
    if (atMargin !== undefined) placed.push(atMargin);
    else if (!awaitsMarginTumour(tokens, mention) || !inMarginItem(tokens, mention.anchorStart)) placed.push(mention);
  }
  return placed;
}

function marginSkinTumour(tokens: readonly Token[], family: FamilyStatements, mention: RawMention, before: readonly RawMention[]): RawMention | undefined {
  const axis = mention.morphology?.siteAxis;
  for (let back = before.length - 1; back >= Math.max(0, before.length - TUMOUR_MENTIONS_BACK); back--) {
    const tumour = before[back] as RawMention;
    if (mention.anchorStart - tumour.anchorStart > TUMOUR_REACH) return undefined;
    // A node's melanoma is no margin's, nor is a relative's; a margin statement before it speaks of the same tumour.
    if (tumour.morphology?.siteAxis !== axis || tumour.site === undefined || tumour.site.lymphNode || tumour.column === 'secondary'
      || tumour.marginStatement === true || family.has(tokens, tumour.anchorStart)) continue;
    return { ...mention, site: { ...tumour.site, start: mention.start, end: mention.end }, marginStatement: true };
  }
  return undefined;
}
