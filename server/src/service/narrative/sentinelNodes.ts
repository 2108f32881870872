import type { RawMention } from './rawMention';
import type { SiteMatch } from './siteFinder';
import type { Token } from './tokens';

/**
 * "Frozen section: sentinel lymph nodes x2 negative for metastatic carcinoma", "SLN #2-4: negative for carcinoma" in a breast
 * cancer's operation: a breast sentinel node biopsy samples the axilla, so its sentinel nodes written with no region are the
 * axillary nodes (ANNOTATION.md round 17, "The sentinel nodes of a breast cancer's surgery, no region written, are axillary";
 * table: lymph gland, axilla, axillary / Malignant Secondary C77.3), in any assertion, since the words name the nodes sampled
 * whether or not they hold cancer. Read so only when every cancer of the encounter with an organ is a breast cancer: a
 * melanoma's or a vulvar cancer's sentinel node lies where its primary drains, and a "nodal" word that names no sentinel node
 * keeps its site NEC (nodes not sampled; `regionalNodes.ts`).
 */

const NO_REGION = 'site NEC';
const AXILLA = 'axilla, axillary';
const SENTINEL_WORDS: ReadonlySet<string> = new Set(['sentinel', 'sln', 'slns', 'sentinels']);

function regionless(site: SiteMatch | undefined): site is SiteMatch {
  return site?.lymphNode === true && site.path[site.path.length - 1] === NO_REGION;
}

/** Whether the node phrase says "sentinel" or "SLN", or "sentinel" stands right before it ("sentinel lymph nodes"). */
function namesSentinelNode(tokens: readonly Token[], site: SiteMatch): boolean {
  for (let position = Math.max(0, site.start - 1); position < site.end; position++) {
    if (SENTINEL_WORDS.has(tokens[position]?.norm ?? '')) return true;
  }
  return false;
}

/** A sentinel node written with no region, as the mention's site or as the site it was written with (`writtenSite`). */
function regionlessSentinel(tokens: readonly Token[], site: SiteMatch | undefined): site is SiteMatch {
  return regionless(site) && namesSentinelNode(tokens, site);
}

function isRegionlessSentinelSecondary(tokens: readonly Token[], mention: RawMention): boolean {
  return mention.column === 'secondary' && (regionlessSentinel(tokens, mention.site) || regionlessSentinel(tokens, mention.writtenSite));
}

/** The organ of a patient's cancer (the first word of its table path), '' for a morphology-coded one, undefined for none. */
function cancerOrgan(mention: RawMention): string | undefined {
  if (mention.column === null && mention.morphology?.code.startsWith('C') === true) return '';
  if (mention.column !== 'primary' && mention.column !== 'in-situ') return undefined;
  if (mention.unspecifiedSite === true) return undefined;
  return mention.site?.path[0] ?? mention.histology?.impliedSite?.[0];
}

/** The Table of Neoplasms' rows of the breast: its own, and the nipple and areola it prints apart (C50.0-). */
const BREAST_ROWS: ReadonlySet<string> = new Set(['breast', 'nipple', 'areola']);

/** Whether the encounter documents a breast cancer and no patient's cancer of another organ or of morphology. */
function breastCancerOnly(mentions: readonly RawMention[], relatives: (mention: RawMention) => boolean): boolean {
  let breast = false;
  for (const mention of mentions) {
    const organ = cancerOrgan(mention);
    if (organ === undefined || relatives(mention)) continue;
    if (!BREAST_ROWS.has(organ)) return false;
    breast = true;
  }
  return breast;
}

function inAxilla(site: SiteMatch): SiteMatch {
  return { ...site, path: [...site.path.slice(0, -1), AXILLA] };
}

/** The mentions with each region-less sentinel node metastasis of a breast cancer's encounter placed in the axilla. */
export function withBreastSentinelNodes(tokens: readonly Token[], mentions: readonly RawMention[], relatives: (mention: RawMention) => boolean): RawMention[] {
  if (!mentions.some((mention) => isRegionlessSentinelSecondary(tokens, mention)) || !breastCancerOnly(mentions, relatives)) return [...mentions];
  return mentions.map((mention) => {
    if (!isRegionlessSentinelSecondary(tokens, mention)) return mention;
    const { site, writtenSite } = mention;
    // A denied node that took another node's region keeps the words it was written with (`encounterNodeRegion.ts`): both are placed.
    return { ...mention, site: regionlessSentinel(tokens, site) ? inAxilla(site) : site, writtenSite: regionlessSentinel(tokens, writtenSite) ? inAxilla(writtenSite) : writtenSite };
  });
}
