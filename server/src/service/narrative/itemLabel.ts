import { sentenceStart } from './contextNodeRegion';
import { LIST_MARKERS } from './listLead';
import { labelBefore } from './scopeLabel';
import type { SiteMatch } from './siteMatch';
import type { Token } from './tokens';

/** How many sentences before the anchor's own an item's label may open ("- Stn 7: 18 mm, round. 3 passes. ROSE: …": two). */
const ITEM_SENTENCES = 3;

/**
 * "- Stn 7: 18 mm, round, heterogeneous, necrosis. 3 passes. ROSE: malignant cells, squamous features.": an EBUS, EUS or
 * IR findings list gives each sampled site an item that opens with the site and a colon, describes it in a sentence or two,
 * then reports what was found there. The item's label names the site of its later sentences as it does of its first (the
 * ROSE of station 7 is station 7's node, table: lymph gland, mediastinal C77.1; ANNOTATION.md round 17: a sampling sub-label
 * inside a procedure note's findings is a field of the finding). From the anchor's sentence, which must open no item of its
 * own and name no site before the anchor, the item's sentences are walked back (at most `ITEM_SENTENCES`) while none names a
 * site, to the sentence that opens with a list marker; its site is the label when a colon follows it (or the site narrowing
 * it after a comma: "- Liver, segment 3:"). Bounded: linear in the note.
 */
export function itemLabelSite(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], anchorStart: number): SiteMatch | undefined {
  const first = sentenceStart(tokens, anchorStart);
  if (LIST_MARKERS.has(tokens[first]?.norm ?? '') || namesSiteBetween(sites, first, anchorStart)) return undefined;
  // The item's label is found by the marker opening its sentence, not by a colon (`scopeLabel.ts`).
  return labelBefore(tokens, first, {
    tokenReach: Infinity,
    sentenceReach: ITEM_SENTENCES,
    colon: (from) => (LIST_MARKERS.has(tokens[from]?.norm ?? '') ? from : -1),
    endsScope: (from, marker, to) => marker < 0 && namesSiteBetween(sites, from, to),
    read: (marker) => labelAfterMarker(tokens, sites, marker + 1),
  });
}

/** The site opening an item right after its marker, when a colon closes it (after one narrowing site at most). */
function labelAfterMarker(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], opening: number): SiteMatch | undefined {
  const site = sites[opening];
  if (site === undefined) return undefined;
  if (tokens[site.end]?.norm === ':') return site;
  const narrower = tokens[site.end]?.norm === ',' ? sites[site.end + 1] : undefined;
  return narrower !== undefined && narrower.path[0] === site.path[0] && tokens[narrower.end]?.norm === ':' ? narrower : undefined;
}

/** Whether a site starts at a token from `from` up to, not including, `to`. */
export function namesSiteBetween(sites: readonly (SiteMatch | undefined)[], from: number, to: number): boolean {
  for (let position = from; position < to; position++) if (sites[position] !== undefined) return true;
  return false;
}
