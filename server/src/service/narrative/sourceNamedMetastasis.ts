import { reportedOrgan } from './findingOrgan';
import { isMetastasisDestination } from './metastasisProne';
import type { RawMention } from './rawMention';
import type { SiteMatch } from './siteMatch';
import type { Token } from './tokens';

/**
 * "Hx of L breast IDC … r/o primary lung ca vs breast met", "reamings to path to confirm breast metastasis (first bone tissue …)",
 * "H/O colon ca … a colorectal metastasis is not favored" (of a pleural fluid): an organ written right before a metastasis word,
 * when the note documents the patient's own primary of that organ, names where the metastasis came from, not where it is, as
 * "metastatic breast cancer" names its primary (ANNOTATION.md, "Sites and columns"; "A former primary named as a metastasis's
 * source"). A coder codes such a metastasis at the lesion it is said of (Table of Neoplasms, that site's Malignant Secondary
 * column): the other site its sentence names (the alternative reading of the same lesion, the tissue sampled), else the organ
 * or fluid the report is about. The organ's own primary is the entry the note already has for it.
 * Organs where metastases commonly lodge (lung, liver, bone, brain, skin, serosa, nodes) keep the plain reading: "lung mets" in a
 * lung cancer is spread within the lungs (C78.0-).
 */

/** The words of a metastasis written right after its organ ("breast met", "colorectal metastasis"). */
const METASTASIS_WORDS: ReadonlySet<string> = new Set(['met', 'mets', 'metastasis', 'metastases']);
/**
 * Organs that, besides the places spread lodges (`isMetastasisDestination`: the metastasis-prone organs and the lung), often hold
 * metastases of another organ's cancer written by their name, so their name may be the site ("skin mets", "ovarian met").
 */
const FURTHER_DESTINATIONS: ReadonlySet<string> = new Set(['skin', 'ovary', 'marrow']);
/** How many tokens on each side of the metastasis its sentence's other site may stand. */
const SENTENCE_REACH = 16;
/** The families of organs written with one adjective ("colorectal" beside "colon ca" and "rectal cancer"). */
const COLORECTAL_ORGANS: ReadonlySet<string> = new Set(['colon', 'rectum', 'rectosigmoid', 'cecum', 'sigmoid']);

/** The organ a site names, the colon and rectum as one (the Table's "intestine, large" rows and "rectum" alike). */
function organFamily(site: SiteMatch): string {
  const organ = site.path[0] ?? '';
  return COLORECTAL_ORGANS.has(organ) || (organ === 'intestine' && site.path[1] === 'large') ? 'colorectum' : organ;
}

/** Whether the secondary is written "<organ> <metastasis word>", the organ one that seldom holds another cancer's metastases. */
function isOrganNamedMetastasis(tokens: readonly Token[], mention: RawMention): boolean {
  const site = mention.site;
  if (mention.column !== 'secondary' || site === undefined || site.lymphNode || site.start !== mention.start || site.end !== mention.anchorStart) return false;
  if (mention.anchorEnd !== mention.anchorStart + 1 || !METASTASIS_WORDS.has(tokens[mention.anchorStart]?.norm ?? '')) return false;
  return !isMetastasisDestination(site) && !FURTHER_DESTINATIONS.has(site.path[0] ?? '');
}

/** The nearest site of another organ in the metastasis's sentence, before it first, within the reach. */
function otherSiteInSentence(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], mention: RawMention, family: string): SiteMatch | undefined {
  const sentence = tokens[mention.start]?.sentence;
  const fits = (position: number): SiteMatch | undefined => {
    const site = tokens[position]?.sentence === sentence ? sites[position] : undefined;
    return site !== undefined && organFamily(site) !== family ? site : undefined;
  };
  for (let position = mention.start - 1; position >= Math.max(0, mention.start - SENTENCE_REACH); position--) {
    if (tokens[position]?.sentence !== sentence) break;
    const site = fits(position);
    if (site !== undefined) return site;
  }
  for (let position = mention.end; position < Math.min(tokens.length, mention.end + SENTENCE_REACH); position++) {
    if (tokens[position]?.sentence !== sentence) break;
    const site = fits(position);
    if (site !== undefined) return site;
  }
  return undefined;
}

/** The metastases named by the organ of the patient's own primary, placed at the lesion they are said of. */
export function withSourceNamedMetastases(
  tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], mentions: readonly RawMention[], relatives: (mention: RawMention) => boolean,
): readonly RawMention[] {
  if (!mentions.some((mention) => isOrganNamedMetastasis(tokens, mention))) return mentions;
  const primaryOrgans = new Set<string>();
  for (const mention of mentions) if (mention.column === 'primary' && mention.site !== undefined && !relatives(mention)) primaryOrgans.add(organFamily(mention.site));
  return mentions.map((mention) => {
    if (!isOrganNamedMetastasis(tokens, mention) || mention.site === undefined) return mention;
    const family = organFamily(mention.site);
    if (!primaryOrgans.has(family)) return mention;
    const reported = reportedOrgan(tokens, sites, mention.start, 'secondary');
    const lesion = otherSiteInSentence(tokens, sites, mention, family) ?? (reported !== undefined && organFamily(reported) !== family ? reported : undefined);
    return lesion === undefined ? mention : { ...mention, site: lesion };
  });
}
