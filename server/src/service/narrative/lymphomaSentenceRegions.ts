import { lymphomaSiteDigit } from './morphologySites';
import type { RawMention } from './rawMention';
import type { SiteMatch } from './siteFinder';
import type { Token } from './tokens';

/**
 * "New FDG-avid R supraclavicular and R cervical adenopathy, highly suspicious for relapsed Hodgkin lymphoma": the node
 * regions written in a lymphoma's own sentence set its fifth character (ANNOTATION.md, "Stage or node regions in the
 * lymphoma's own sentence"), so a lymphoma that the phrase reader left without a site takes the one region its sentence
 * names (both nodes are the head, face and neck's, C81.91), and two regions of different characters make the lymph nodes of
 * multiple sites (…8). A coder reads the finding the lymphoma concludes or the nodes it is staged in, not only the words
 * touching it. A denied node ("mediastinum clear", "no axillary nodes") places nothing, nor does the sentence of a denied or
 * conditional lymphoma, whose words name no place where the lymphoma is.
 */

/** How many tokens before a lymphoma, and after it, its sentence is read for node regions: the reader stays linear. */
const REACH_BEFORE = 40;
const REACH_AFTER = 24;

/** Words that deny the node region after them, or the lymphoma after them. */
const DENIALS = new Set(['no', 'not', 'without', 'negative', 'neg', 'if', 'unlikely']);

/** Words that deny the node region before them ("marrow neg", "axilla clear"). */
const DENIED_AFTER = new Set(['neg', 'negative', 'clear', 'free', 'uninvolved', 'spared', 'normal', 'unremarkable']);

/** How many tokens before a site or the lymphoma a denial is looked for. */
const DENIAL_REACH = 3;

function deniedBefore(tokens: readonly Token[], index: number): boolean {
  for (let position = index - 1; position >= Math.max(0, index - DENIAL_REACH); position--) {
    if (tokens[position]?.sentence !== tokens[index]?.sentence) return false;
    if (DENIALS.has(tokens[position]?.norm ?? '')) return true;
  }
  return false;
}

function deniedSite(tokens: readonly Token[], site: SiteMatch): boolean {
  return deniedBefore(tokens, site.start) || DENIED_AFTER.has(tokens[site.end]?.norm ?? '') || DENIED_AFTER.has(tokens[site.end + 1]?.norm ?? '');
}

const isLymphoma = (mention: RawMention): boolean => mention.morphology?.siteAxis === 'lymphoma';

/** Whether the lymphoma is one this pass may place: written without a site, stage or remission, and not denied. */
function placeable(tokens: readonly Token[], mention: RawMention): boolean {
  if (!isLymphoma(mention) || mention.morphology?.ambiguous !== undefined) return false;
  if (mention.site !== undefined || mention.multipleNodeSites === true || mention.remission === true) return false;
  return !deniedBefore(tokens, mention.start);
}

/**
 * The node sites of the lymphoma's sentence, within the reach on each side of it and not beyond another lymphoma of the
 * sentence ("FL dx 2017 -> transformation to DLBCL (bulky mesenteric LAD)": the nodes are the DLBCL's), denied ones left out.
 */
function sentenceNodeSites(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], mention: RawMention, bounds: LymphomaBounds): SiteMatch[] {
  const sentence = tokens[mention.start]?.sentence;
  const found: SiteMatch[] = [];
  const first = Math.max(0, mention.start - REACH_BEFORE, bounds.previousEnd);
  const last = Math.min(tokens.length, mention.end + REACH_AFTER, bounds.nextStart);
  for (let position = first; position < last; position++) {
    if (tokens[position]?.sentence !== sentence || (position >= mention.start && position < mention.end)) continue;
    const site = sites[position];
    if (site?.lymphNode === true && !deniedSite(tokens, site)) found.push(site);
  }
  return found;
}

/** Where the lymphomas before and after a lymphoma end and begin: the token range its sentence's nodes are read in. */
interface LymphomaBounds {
  readonly previousEnd: number;
  readonly nextStart: number;
}

/** For each mention, the end of the lymphoma before it and the start of the one after it (two passes over the mentions in text order). */
function lymphomaBounds(mentions: readonly RawMention[]): LymphomaBounds[] {
  const previousEnds: number[] = [];
  let previousEnd = 0;
  for (const mention of mentions) {
    previousEnds.push(previousEnd);
    if (isLymphoma(mention)) previousEnd = Math.max(previousEnd, mention.end);
  }
  const bounds: LymphomaBounds[] = new Array<LymphomaBounds>(mentions.length);
  let nextStart = Number.MAX_SAFE_INTEGER;
  for (let index = mentions.length - 1; index >= 0; index--) {
    bounds[index] = { previousEnd: previousEnds[index] ?? 0, nextStart };
    const mention = mentions[index];
    if (mention !== undefined && isLymphoma(mention)) nextStart = Math.min(nextStart, mention.start);
  }
  return bounds;
}

/** A lymphoma's own sentence's node regions as its site (one fifth character) or its multiple sites (two or more). */
export function withSentenceNodeRegions(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], mentions: readonly RawMention[]): readonly RawMention[] {
  if (!mentions.some(isLymphoma)) return mentions;
  const bounds = lymphomaBounds(mentions);
  return mentions.map((mention, index) => {
    const around = bounds[index];
    if (around === undefined || !placeable(tokens, mention)) return mention;
    const nodes = sentenceNodeSites(tokens, sites, mention, around);
    const digits = new Set(nodes.map(lymphomaSiteDigit).filter((digit) => digit !== undefined));
    const node = nodes[0];
    if (digits.size === 0 || node === undefined) return mention;
    return digits.size === 1 ? { ...mention, site: node } : { ...mention, multipleNodeSites: true };
  });
}
