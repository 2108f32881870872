import type { HistologyTerm } from './histologyTerm';
import type { SiteList } from './siteLists';

/**
 * "Liver, metastatic carcinoma", "L humerus metastatic carcinoma": "metastatic" written between the site and a histology that
 * names no organ of its own says the carcinoma found there spread there (Table of Neoplasms, Malignant Secondary column: C78.7,
 * C79.51), while "metastatic breast carcinoma" (the site after "metastatic") names the primary. A histology that implies its organ
 * ("liver, metastatic RCC") is left to the readings of a named primary's spread.
 */
export function spreadAtLeftSites(left: SiteList, term: HistologyTerm): boolean {
  return left.spreadSites === true && term.impliedSite === undefined;
}
