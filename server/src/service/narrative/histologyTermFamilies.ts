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
 * progression" names no site, and an organ that is often the primary's own (lung, breast, prostate) is left out. The pleura is
 * in: "pleural progression" is a cancer's spread there (a mesothelioma's is read by its own term), unlike "pleural disease", which
 * as often names asbestos plaques or an effusion.
 */
export function spreadProgressions(): HistologyTerm[] {
  const organs = ['hepatic', 'osseous', 'nodal', 'peritoneal', 'intracranial', 'leptomeningeal', 'adrenal', 'skeletal', 'bony', 'pleural'];
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

/** The spellings of the thyroid reporting system's sixth category ("Bethesda VI", "Bethesda category VI", "TBSRTC VI"). */
const BETHESDA_SIX = ['bethesda vi', 'bethesda 6', 'bethesda category vi', 'bethesda category 6', 'bethesda class vi', 'tbsrtc vi', 'tbsrtc category vi'];

/**
 * A cytology reporting system's category line whose words name malignancy (ANNOTATION.md, round 18 decisions): the
 * cytopathologist's own statement on the specimen. The Bethesda system's category VI "Malignant" is the thyroid's primary
 * (table: thyroid / Malignant Primary C73), its name and its number written either way round, one in brackets ("MALIGNANT
 * (BETHESDA VI)", "Bethesda category VI (malignant)"); a number labelling the word ("Bethesda VI - malignant, c/w …",
 * "Bethesda VI: malignant") heads the diagnosis that follows, as a field's label does. The International System for serous
 * fluid's "MALIGNANT (MAL), secondary" is a metastasis at the fluid's serosa (`fluidCytology.ts`). The category's number or
 * abbreviation alone ("Bethesda VI", "MAL") names nothing and is no entry, and a category that goes on into its diagnosis in
 * one sentence qualifies that diagnosis (`endsStatement`).
 */
export function cytologyCategoryTerms(): HistologyTerm[] {
  const bethesda = BETHESDA_SIX.flatMap((category) => [`malignant ( ${category} )`, `${category} ( malignant )`])
    .map((words): HistologyTerm => ({ words, role: 'primary', impliedSite: ['thyroid'], endsStatement: true }));
  const serousFluid = ['malignant ( mal ) , secondary', 'malignant ( mal ) - secondary', 'malignant ( mal ) : secondary', 'malignant - secondary ( mal )', 'malignant , secondary ( mal )']
    .map((words): HistologyTerm => ({ words, role: 'secondary', endsStatement: true }));
  // The Bethesda system for cervical cytology's negative category in words: the Pap's cervix (table: cervix uteri / Malignant
  // Primary C53.9), denied by its "negative for"; its abbreviation "NILM" alone is no entry.
  const pap = ['intraepithelial lesion or malignancy', 'intraepithelial lesions or malignancy'].map((words): HistologyTerm => ({ words, role: 'primary', fallbackSite: ['cervix'] }));
  return [...bethesda, ...serousFluid, ...pap];
}

/** The words that call the lymph node right after them positive ("+SLN" is tokenised as "+" and "SLN"; `positiveNodes.ts`). */
const POSITIVE_NODE_WORDS: readonly string[] = ['positive', '+'];

/** The histology terms of a positive node: a secondary read only at a lymph node written right after the word (`positiveNodes.ts`). */
export function positiveNodeTerms(): HistologyTerm[] {
  return POSITIVE_NODE_WORDS.map((words): HistologyTerm => ({ words, role: 'secondary', nodeRightAfter: true }));
}
