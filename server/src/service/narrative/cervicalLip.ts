import type { SiteMatch } from './siteMatch';
import type { Token } from './tokens';

/**
 * Round 25 (gynaecologic oncology): the cervix has an anterior and a posterior lip, the two halves of its vaginal portion around
 * the external os ("colposcopy … directed bx (anterior lip): invasive squamous cell carcinoma", d1074), which the Table of
 * Neoplasms codes as the exocervix (exocervix / Malignant Primary C53.1, Ca in situ D06.1). The mouth's lips are written upper
 * and lower, so a "lip" right after "anterior" or "posterior" is the cervix's, not the table's "lip" row (C00.9).
 */

/** The words that name a lip of the cervix, not of the mouth. */
const CERVICAL_LIP_SIDES = new Set(['anterior', 'posterior']);
const EXOCERVIX: readonly string[] = ['exocervix'];

/** The site as found, or the exocervix when it is a bare "lip" right after "anterior" or "posterior". */
export function withCervicalLip(tokens: readonly Token[], site: SiteMatch): SiteMatch {
  if (site.lymphNode || site.path.length !== 1 || site.path[0] !== 'lip') return site;
  const last = tokens[site.end - 1]?.norm;
  if (last !== 'lip' && last !== 'lips') return site;
  const before = site.end - 2 >= site.start ? tokens[site.end - 2]?.norm : tokens[site.start - 1]?.norm;
  return CERVICAL_LIP_SIDES.has(before ?? '') ? { ...site, path: EXOCERVIX } : site;
}
