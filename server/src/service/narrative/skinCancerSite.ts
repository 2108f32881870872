import type { Assertion } from './model';
import type { RawMention } from './rawMention';
import { residualBefore } from './residualOwnCancer';
import type { SiteMatch } from './siteFinder';
import { samePath } from './siteMatch';
import type { Token } from './tokens';

/**
 * "Pre-op dx: Basal cell carcinoma, nodular, R nasal ala … Hx of … BCC R upper back ED&C 2023 … Section A: nodular BCC at deep margin
 * … Frozen: no residual basal cell carcinoma": a Mohs or excision report restates the one skin cancer it treats without its site. The
 * side and sub-site rule (ANNOTATION.md) codes such a restatement at the site the encounter documents for that disease; the encounter
 * pass cannot, because the patient's removed skin cancers name other sites. Read after the assertions: a site-less basal or squamous
 * cell carcinoma of skin that is present, or whose residual is denied, takes the one skin site of the present cancers of its type
 * (Tabular C44.311 Basal cell carcinoma of skin of nose); two sites, or none, leave it skin NOS.
 */
export function withRestatedSkinCancers(tokens: readonly Token[], raw: readonly RawMention[], assertions: readonly Assertion[]): readonly RawMention[] {
  const sites = new Map<string, SiteMatch | null>();
  raw.forEach((mention, index) => {
    const type = skinCancerType(mention);
    const site = mention.site;
    if (type === undefined || assertions[index] !== 'present' || !placedOnSkin(site)) return;
    const known = sites.get(type);
    sites.set(type, known === undefined || (known !== null && sameSite(known, site)) ? site : null);
  });
  if (sites.size === 0) return raw;
  // Only a type placed on a single skin site moves its restatements; a note whose types all disagree keeps its mentions.
  if (!hasPlacedType(sites)) return [...raw];
  return raw.map((mention, index) => {
    const type = skinCancerType(mention);
    const only = type === undefined ? undefined : sites.get(type);
    if (only === undefined || only === null || !isSkinNos(mention.site) || !restates(tokens, mention, assertions[index])) return mention;
    return { ...mention, site: { ...only, start: mention.anchorStart, end: mention.anchorStart } };
  });
}

function hasPlacedType(sites: ReadonlyMap<string, SiteMatch | null>): boolean {
  for (const site of sites.values()) if (site !== null) return true;
  return false;
}

/** The keratinocyte cancer's type by its histology's skin code character (1 basal cell, 2 squamous cell), for a primary only. */
function skinCancerType(mention: RawMention): string | undefined {
  const type = mention.histology?.skinType;
  return mention.column === 'primary' && (type === '1' || type === '2') ? type : undefined;
}

/** A skin cancer's site is the body site its skin covers ("R nasal ala"), not the skin NOS its histology implies. */
function placedOnSkin(site: SiteMatch | undefined): site is SiteMatch {
  return site !== undefined && !site.lymphNode && !(site.path.length === 1 && site.path[0] === 'skin');
}

function isSkinNos(site: SiteMatch | undefined): boolean {
  return site !== undefined && !site.lymphNode && site.path.length === 1 && site.path[0] === 'skin' && site.laterality === undefined;
}

function sameSite(first: SiteMatch, second: SiteMatch): boolean {
  return first.laterality === second.laterality && samePath(first.path, second.path);
}

/** A present restatement, or a denied residual of the treated cancer ("no residual basal cell carcinoma"). */
function restates(tokens: readonly Token[], mention: RawMention, assertion: Assertion | undefined): boolean {
  return assertion === 'present' || (assertion === 'negated' && residualBefore(tokens, mention.anchorStart, 0));
}
