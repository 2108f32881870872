import { specimenLabelSite } from './findingOrgan';
import type { RawMention } from './rawMention';
import { lineLabelSite } from './siteContext';
import type { SiteMatch } from './siteFinder';
import { siteInOneShape } from './siteMatch';
import type { Token } from './tokens';

/**
 * The part of the cervix a specimen's label names, for a cervical finding under it that names none: a colposcopy or excision
 * report takes the endocervix and the ectocervix apart ("C. ENDOCERVIX, CURETTAGE:", "B. CERVIX, LEEP TOP HAT (endocervical):",
 * "ECC: HSIL/CIN 3 fragments"), and the Table of Neoplasms codes each part by its own row (endocervix C53.0 / D06.0; exocervix
 * C53.1 / D06.1; cervix C53.9 / D06.9). A CIN, or a carcinoma the label places in the cervix, is read at the cervix as a whole;
 * the part its label writes is the more specific site the record documents for that specimen.
 */

/** The Table's rows of the cervix's parts. */
const CERVIX_PARTS = new Set(['endocervix', 'exocervix']);
/** The endocervix, which an endocervical curettage samples (a gynaecology report's "ECC"). */
const ENDOCERVIX: readonly string[] = ['endocervix'];
/** How many words a label's part may stand after its organ before the colon ("CERVIX, LEEP TOP HAT (endocervical):"). */
const LABEL_REACH = 10;

/** Whether the site is the cervix as a whole (table: cervix), the row a part of it narrows. */
function isWholeCervix(site: SiteMatch | undefined): boolean {
  return site !== undefined && !site.lymphNode && site.path.length === 1 && site.path[0] === 'cervix';
}

/** The part of the cervix written in the label after its organ, before the label's colon ("CERVIX, LEEP TOP HAT (endocervical):"). */
function partAfterOrgan(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], label: SiteMatch): SiteMatch | undefined {
  const sentence = tokens[label.start]?.sentence;
  for (let position = label.end; position < Math.min(tokens.length, label.end + LABEL_REACH); position++) {
    const token = tokens[position];
    if (token === undefined || token.sentence !== sentence || token.norm === ':') return undefined;
    const site = sites[position];
    if (site !== undefined) return CERVIX_PARTS.has(site.path[0] ?? '') ? site : undefined;
  }
  return undefined;
}

/** "ECC: HSIL/CIN 3 fragments": an endocervical curettage label opening the finding's sentence, at most a list marker before it. */
function curettageLabelled(tokens: readonly Token[], anchorStart: number): boolean {
  const sentence = tokens[anchorStart]?.sentence;
  let first = anchorStart;
  while (first > 0 && anchorStart - first < LABEL_REACH && tokens[first - 1]?.sentence === sentence) first--;
  return tokens[first]?.norm === 'ecc' && tokens[first + 1]?.norm === ':';
}

/** The part of the cervix the label over the mention names, or undefined when it names none. */
function labelledPart(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], anchorStart: number): SiteMatch | undefined {
  if (curettageLabelled(tokens, anchorStart)) return { start: anchorStart, end: anchorStart, path: ENDOCERVIX, lymphNode: false };
  const label = lineLabelSite(tokens, sites, anchorStart) ?? specimenLabelSite(tokens, sites, anchorStart);
  if (label === undefined || label.lymphNode) return undefined;
  if (CERVIX_PARTS.has(label.path[0] ?? '')) return label;
  return isWholeCervix(label) ? partAfterOrgan(tokens, sites, label) : undefined;
}

/** The mentions at the cervix as a whole with the part of the cervix their specimen's label names. */
export function withLabelledCervixParts(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], mentions: readonly RawMention[]): readonly RawMention[] {
  return mentions.map((mention) => {
    if (!isWholeCervix(mention.site) || mention.site === undefined) return mention;
    const part = labelledPart(tokens, sites, mention.anchorStart);
    if (part === undefined) return mention;
    return { ...mention, site: siteInOneShape({ ...mention.site, path: part.path, start: mention.site.start, end: mention.site.end }) };
  });
}
