import type { RawMention } from './rawMention';

/**
 * A urothelial carcinoma denied or foreseen with no organ written ("risk of urothelial ca" of a Lynch carrier, "Urothelial cancer
 * risk elevated w/ MSH2", a urine cytology "negative for high-grade urothelial carcinoma"): the lexicon reads a site-less urothelial
 * carcinoma as the bladder's, where the patient's tumour nearly always is, but a negated or hypothetical mention takes no site from
 * elsewhere (ANNOTATION.md, issue 12) and the words name the urothelium as a whole, so it is coded as written: table: urinary organ
 * or system / Malignant Primary C68.9, whose Tabular inclusion is "Malignant neoplasm of urinary system NOS" (ANNOTATION.md,
 * 2026-12-04, "A site-less 'urothelial ca(ncer)' that no documented tumour of the patient locates (a screening, a risk, a
 * surveillance for) is … C68.9"; d402, d472, d537, d573). A bladder, renal pelvis or ureter the words write keeps its own row.
 */

/** The Table of Neoplasms row of the urinary system as a whole. */
const URINARY_SYSTEM = 'urinary organ or system';

/** Whether the histology is a urothelial carcinoma read as the bladder's only because it names no organ (its site is its own words). */
function urothelialOfNoOrgan(mention: RawMention): boolean {
  const term = mention.histology;
  const site = mention.site;
  const words = term?.words ?? '';
  return term?.impliedSite?.[0] === 'bladder' && site !== undefined && site.start >= mention.anchorStart && site.end <= mention.anchorEnd && site.path[0] === 'bladder' && site.path.length === 1
    && (words.startsWith('urothelial') || words.startsWith('transitional') || words === 'tcc' || words === 'ucc' || words === 'hguc' || words === 'uc');
}

/** The mention coded as written when it is denied or foreseen: a urothelial carcinoma of no organ is the urinary system's. */
export function urothelialAsWritten(mention: RawMention): RawMention {
  const site = mention.site;
  return site !== undefined && urothelialOfNoOrgan(mention) ? { ...mention, site: { ...site, path: [URINARY_SYSTEM] } } : mention;
}
