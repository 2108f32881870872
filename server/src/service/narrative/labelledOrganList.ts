import type { RawMention } from './rawMention';
import { inOneShape } from './rawMention';
import type { SiteMatch } from './siteFinder';
import type { Token } from './tokens';

/**
 * Round 26 (death documents): an autopsy reads the organs it examined for a cancer's spread together, one label naming them all
 * before the verdict ("Lymph nodes, brain, lungs, liver: no metastatic melanoma", "Liver, spleen and bone marrow: involved by
 * lymphoma, metastatic"). The verdict is on each organ of the label, a secondary at each (ANNOTATION.md: "metastatic to X": X is a
 * secondary site; a denied one is negated at its site), so the label's later organs are metastases as its first is; the label
 * reader (`findingOrgan.ts`) gives the finding only the first. The label must be organs only, joined by commas or "and", and end
 * in the colon before the finding: a label with a side or a procedure ("Skin, R calf:", "Tonsil, right, biopsy:") is one organ's.
 */

/** The most organs a label lists. */
const MAX_LABEL_ORGANS = 8;

/** The mentions with a secondary added at each further organ of the organ list that labels a secondary finding. */
export function withLabelledOrganList(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], mentions: readonly RawMention[]): readonly RawMention[] {
  let added: RawMention[] | undefined;
  let covered: Uint8Array | undefined;
  for (const mention of mentions) {
    const site = mention.site;
    if (mention.column !== 'secondary' || site === undefined || site.start !== mention.start) continue;
    const organs = listedOrgans(tokens, sites, site, mention.anchorStart);
    if (organs === undefined) continue;
    covered ??= mentionStarts(tokens.length, mentions);
    added ??= [];
    // An organ another mention already reads (a finding of its own) keeps that reading.
    for (const organ of organs) if (covered.subarray(organ.start, organ.end).indexOf(1) < 0) added.push(inOneShape({ ...mention, start: organ.start, end: organ.end, site: organ, writtenSite: undefined }));
  }
  if (added === undefined) return mentions;
  return [...mentions, ...added].sort((one, other) => one.start - other.start);
}

/** The tokens some mention's phrase opens at. */
function mentionStarts(tokenCount: number, mentions: readonly RawMention[]): Uint8Array {
  const starts = new Uint8Array(tokenCount);
  for (const mention of mentions) starts[mention.start] = 1;
  return starts;
}

/**
 * The organs after `first` in a label of organs only, joined by commas or "and" and closed by a colon before `anchor`, in one
 * sentence; undefined when the label names one organ or holds any other word.
 */
function listedOrgans(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], first: SiteMatch, anchor: number): SiteMatch[] | undefined {
  const sentence = tokens[first.start]?.sentence;
  const organs: SiteMatch[] = [];
  let at = first.end;
  while (at < anchor && organs.length < MAX_LABEL_ORGANS) {
    const token = tokens[at];
    if (token === undefined || token.sentence !== sentence) return undefined;
    if (token.norm === ':') return organs.length > 0 ? organs : undefined;
    if (token.norm !== ',' && token.norm !== 'and') return undefined;
    // One joiner or two (", and") stand before each further organ.
    const next = tokens[at + 1]?.norm === 'and' ? at + 2 : at + 1;
    const organ = sites[next];
    if (organ === undefined || organ.laterality !== undefined) return undefined;
    organs.push(organ);
    at = organ.end;
  }
  return undefined;
}
