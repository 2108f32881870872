import { sentenceStart } from './contextNodeRegion';
import { LIST_MARKERS } from './listLead';
import { openParenthesisBefore } from './sentenceWindow';
import type { SiteMatch } from './siteFinder';
import type { Token } from './tokens';

/** How far back a parenthesis around the tumour word is looked for. */
const PARENTHESIS_REACH = 8;

/**
 * A pathology part labelled with an organ and the organ taken with it ("B. Left ovary and tube: No tumor identified", "Right ovary
 * and fallopian tube: No tumor identified"): the part's result speaks of the first organ, the one its specimen is named for, as a
 * label naming one organ does (ANNOTATION.md, "Negative for X in a pathology part is a negated mention at the part's own labelled
 * site"). `lineLabelSite` asks the colon right after the organ; here the second organ stands between them. A node in the label is
 * left to the node readers, and a tumour in a parenthesis restates the diagnosis before it ("SEROUS BORDERLINE TUMOR (atypical
 * proliferative serous tumor)"), no lesion of its own.
 */

export function joinedOrgansLabel(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], anchorStart: number): SiteMatch | undefined {
  if (openParenthesisBefore(tokens, anchorStart, PARENTHESIS_REACH) >= 0) return undefined;
  const first = sentenceStart(tokens, anchorStart);
  const site = sites[LIST_MARKERS.has(tokens[first]?.norm ?? '') ? first + 1 : first];
  if (site === undefined || site.lymphNode || tokens[site.end]?.norm !== 'and') return undefined;
  const other = sites[site.end + 1];
  const labels = other !== undefined && !other.lymphNode && tokens[other.end]?.norm === ':' && other.end < anchorStart;
  return labels ? site : undefined;
}
