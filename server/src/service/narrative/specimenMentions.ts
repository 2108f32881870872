import type { NeoplasmColumn } from '../codes/neoplasm/model';
import { type HistologyTerm, columnOf } from './histologyLexicon';
import type { RawMention } from './rawMention';
import type { SiteMatch } from './siteFinder';

/**
 * The histologies of a pathology report that name no site of their own: below a specimen header the specimen's site is theirs
 * ("SPECIMEN: Left breast, core biopsy … DIAGNOSIS: Invasive ductal carcinoma"), which pathologists do not repeat.
 */

/** The mention of a site-less histology under a specimen header, placed at the specimen's site. */
export function specimenMentions(start: number, end: number, term: HistologyTerm, metastatic: boolean, specimen: SiteMatch | undefined): RawMention[] {
  // A bare "metastatic" leaves the finding to the noun after it ("Metastatic adenocarcinoma").
  if (specimen === undefined || term.words === 'primary' || term.role === 'metastatic' || term.impliedSite !== undefined || term.nodesOnly === true) return [];
  const column: NeoplasmColumn = metastatic || (specimen.lymphNode && term.role === 'primary') ? 'secondary' : columnOf(term.role);
  return [{ start, end, anchorStart: start, anchorEnd: end, column, site: specimen, histology: term }];
}
