import type { RawMention } from './rawMention';
import type { SiteMatch } from './siteMatch';
import { refinedBy } from './siteRefinement';

/**
 * "A. Colon, ascending, polypectomy: Tubulovillous adenoma. B. Colon, transverse, polypectomy: Tubular adenomas." and, in the
 * result letter below, "the large polyp … was a tubulovillous adenoma … The two small polyps were tubular adenomas": a benign
 * histology that implies its organ (a polyp's adenoma is the colon's) written again without its part restates the lesion the
 * encounter places at one part in the same words (ANNOTATION.md, "Side and sub-site documented elsewhere in the note": a coder
 * codes the most specific diagnosis the record documents; table: colon / ascending / Benign D12.2, transverse D12.3). Words
 * the encounter places at two parts, or at none, leave the restatement at the organ; a denied or foreseen one keeps its written
 * site when coded (`writtenSite`).
 */

/**
 * A polyp histology's abbreviation restates its written-out name: "D. Rectal polyp: sessile serrated lesion" and, in the plan,
 * "3 adenomas … + 1 SSL" are one lesion (keys without a plural's "s"). "TA" and "TVA" are not here: the reading cases show them
 * placed already by the passage's site.
 */
const ABBREVIATED: ReadonlyMap<string, string> = new Map([['ssl', 'sessile serrated lesion']]);

/** The histology's words with a plural's final "s" dropped ("tubular adenomas" restates "tubular adenoma"), an abbreviation spelled out. */
export function wordsKey(words: string): string {
  const singular = words.replace(/s$/, '');
  return ABBREVIATED.get(singular) ?? singular;
}

const siteKey = (site: SiteMatch): string => `${site.path.join('/')}|${site.laterality ?? ''}|${(site.qualifiers ?? []).join('/')}`;

/** The organ the histology implies, as a site, when the mention's site is only that organ. */
function impliedOnly(mention: RawMention): SiteMatch | undefined {
  const implied = mention.histology?.impliedSite;
  const site = mention.site;
  if (mention.column !== 'benign' || implied === undefined || site === undefined || site.lymphNode) return undefined;
  const bare = site.laterality === undefined && site.qualifiers === undefined && site.path.join('/') === implied.join('/');
  return bare ? site : undefined;
}

/** A part of the implied organ the mention is placed at ("Colon, ascending": the ascending colon), or undefined. */
function placedPart(mention: RawMention): SiteMatch | undefined {
  const implied = mention.histology?.impliedSite;
  const site = mention.site;
  if (mention.column !== 'benign' || implied === undefined || site === undefined || site.lymphNode || impliedOnly(mention) !== undefined) return undefined;
  // The gland is the part; words read as its qualifiers ("R parotid nodule", "FDG-avid nodule") name no part of it.
  if (GLAND_PARTS.get(implied[0] ?? '')?.has(site.path[0] ?? '') === true) return { ...site, qualifiers: undefined };
  return refinedBy({ start: site.start, end: site.start, path: implied, lymphNode: false }, site) === undefined ? undefined : site;
}

/**
 * Organs the Table prints as rows of their own though they are parts of the organ a histology implies: the major salivary
 * glands (Index: Warthin tumor, pleomorphic adenoma — see Neoplasm, salivary gland, benign D11.9) are the parotid (D11.0) and
 * the submandibular and sublingual glands (D11.7), so "R parotid nodule (FNA: Warthin tumor)" places the Warthin tumour a
 * restatement names.
 */
const GLAND_PARTS: ReadonlyMap<string, ReadonlySet<string>> = new Map([['salivary gland or duct', new Set(['parotid', 'submandibular gland', 'sublingual, gland or duct'])]]);

export function withRestatedBenignSites(mentions: readonly RawMention[]): RawMention[] {
  const parts = new Map<string, Map<string, SiteMatch>>();
  for (const mention of mentions) {
    const part = placedPart(mention);
    const words = mention.histology?.words;
    if (part === undefined || words === undefined) continue;
    const key = wordsKey(words);
    const known = parts.get(key) ?? new Map<string, SiteMatch>();
    known.set(siteKey(part), part);
    parts.set(key, known);
  }
  if (parts.size === 0) return [...mentions];
  return mentions.map((mention) => {
    const bare = impliedOnly(mention);
    const known = bare === undefined ? undefined : parts.get(wordsKey(mention.histology?.words ?? ''));
    if (bare === undefined || known === undefined || known.size !== 1) return mention;
    const [part] = known.values();
    return part === undefined ? mention : { ...mention, site: { ...part, start: bare.start, end: bare.end }, writtenSite: bare };
  });
}
