import type { HistologyTerm } from './histologyTerm';

export { ONE_LESION_PAIR_TERMS } from './slashedPairs';

/**
 * Families of histology terms that follow a pattern (stage IV list leads, grade III intraepithelial neoplasia of each
 * organ), generated here and spread into the reviewed histology vocabulary (`histologyLexicon.ts`).
 */

/** The organ adjective of each intraepithelial neoplasia abbreviation, for its spelled-out name. */
const INTRAEPITHELIAL_ORGANS: Readonly<Record<string, string>> = { cin: 'cervical', vin: 'vulvar', vain: 'vaginal', ain: 'anal' };

/**
 * "Stage IV - liver, bone", "Stage IVB: bone", "Sites of metastasis: liver, lung": stage IV is distant spread (AJCC M1), so the sites
 * the line lists after a dash, colon or opening bracket are secondary; "Stage IV breast cancer" (no separator) names the primary.
 */
export function stageFourListLeads(): HistologyTerm[] {
  const leads = ['stage iv', 'stage iva', 'stage ivb', 'stage ivc', 'stage 4', 'stage 4a', 'stage 4b', 'stage 4c', 'sites of metastasis', 'sites of metastases',
    'sites of metastatic disease', 'metastatic sites'];
  const separators = ['-', '–', '—', ':', '('];
  return leads.flatMap((lead) => separators.map((separator): HistologyTerm => ({ words: `${lead} ${separator}`, role: 'secondary', listOnly: true })));
}

/**
 * "osseous progression", "hepatic progression", "nodal progression": in a cancer patient the disease's progression at an organ
 * where spread is the rule is spread there (ANNOTATION.md, '"PD in <site>" or "progressive disease in <site>"'), so the organ's
 * adjective makes "progression" its secondary. The adjective must be written right before it: "disease progression" or "local
 * progression" names no site, and an organ that is often the primary's own (lung, breast, prostate) is left out.
 */
export function spreadProgressions(): HistologyTerm[] {
  const organs = ['hepatic', 'osseous', 'nodal', 'peritoneal', 'intracranial', 'leptomeningeal', 'adrenal', 'skeletal', 'bony'];
  // "PD in liver", "slow progression in the R pleura": the site after "in" is read as a recurrence's is, only at the nodes or an
  // organ where spread is the rule (`recurrenceSites.ts`), so "progression in the primary" or "in the RUL mass" names none.
  const atSite = ['progression in', 'progression of disease in', 'disease progression in', 'progressive disease in', 'pd in']
    .map((words): HistologyTerm => ({ words, role: 'secondary', nodesOnly: true }));
  return [...['progression', 'progressions'].map((words): HistologyTerm => ({ words, role: 'secondary', onlyAfter: organs })), ...atSite];
}

/** "CIN 3", "CIN III", "CIN3", "CIN-3", "CIN grade 3", "cervical intraepithelial neoplasia grade 3": grade III of one organ, an in-situ carcinoma there. */
export function intraepithelialNeoplasiaIII(abbreviation: string, site: string): HistologyTerm[] {
  const spelledOut = `${INTRAEPITHELIAL_ORGANS[abbreviation] ?? abbreviation} intraepithelial neoplasia`;
  const spellings = [`${abbreviation} 3`, `${abbreviation} iii`, `${abbreviation}3`, `${abbreviation}-3`, `${abbreviation} grade 3`, `${abbreviation} grade iii`, `${abbreviation}-iii`,
    `${spelledOut} 3`, `${spelledOut} iii`, `${spelledOut} grade 3`, `${spelledOut} grade iii`, `${spelledOut} , grade 3`, `${spelledOut} , grade iii`];
  return spellings.map((words) => ({ words, role: 'in-situ', impliedSite: [site] }));
}
