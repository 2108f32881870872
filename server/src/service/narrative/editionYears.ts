import type { Token } from './tokens';

/**
 * "Per ASCCP 2019 risk-based guidelines: excisional procedure recommended (CIN 3 + positive ECC -> excision preferred)",
 * "FIGO 2018 stage IIIC1r": a year right after the name of a guideline, staging or classification body is the edition of
 * its rules, not a date of the patient's course, so it dates no removal as past (`assertionScope.ts`, `datedNear`).
 */

/** Bodies whose rules are cited by the year of their edition. */
const EDITION_BODIES: ReadonlySet<string> = new Set([
  'asccp', 'nccn', 'ajcc', 'figo', 'who', 'uicc', 'tnm', 'asco', 'esmo', 'acr', 'acog', 'uspstf', 'nice', 'iarc', 'isup', 'cap', 'eau', 'aua', 'ecog', 'edition', 'guidelines', 'guideline', 'criteria',
]);

/** Whether the year at `position` names the edition of the body written right before it. */
export function editionYear(tokens: readonly Token[], position: number): boolean {
  return EDITION_BODIES.has(tokens[position - 1]?.norm ?? '');
}
