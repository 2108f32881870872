/**
 * The oncology role of an ICD-10-CM code, from its category. Rules and hovers share this one
 * classification so that "secondary", "primary" and "history" mean the same everywhere.
 * Ranges follow the Tabular List: C00–C75 primary by site, C76 ill-defined sites, C77–C79
 * secondary, C7A malignant neuroendocrine, C7B secondary neuroendocrine, C80 without site,
 * C81–C96 lymphoid and haematopoietic, Z85 personal history, Z51 encounter for other aftercare.
 */

/** The roles a code can play in neoplasm coding. */
export type CodeRole =
  | 'primary'
  | 'secondary'
  | 'unknown-primary'
  | 'disseminated'
  | 'history'
  | 'palliative'
  | 'antineoplastic-treatment'
  | 'other';

/** Human words for each role, used in hovers. */
export const roleDescriptions: Readonly<Record<CodeRole, string>> = {
  primary: 'primary malignancy',
  secondary: 'secondary (metastatic) malignancy',
  'unknown-primary': 'malignancy, primary site unknown (C80.1)',
  disseminated: 'disseminated malignancy, sites unknown (C80.0)',
  history: 'personal history of malignancy (primary eradicated)',
  palliative: 'encounter for palliative care',
  'antineoplastic-treatment': 'encounter for antineoplastic treatment (radiotherapy, chemotherapy, immunotherapy)',
  other: 'not a neoplasm role code',
};

/**
 * The code's first three characters as one number that sorts as the strings do (each UTF-16 unit in a
 * field of its own): the role tests run for every code of every claim, and a slice per test would make
 * a string each time.
 */
function category(code: string): number {
  return unit(code, 0) * 0x100000000 + unit(code, 1) * 0x10000 + unit(code, 2);
}

/** The UTF-16 unit at `at`, or 0 past the end (a shorter string sorts first, as with strings). */
function unit(code: string, at: number): number {
  return at < code.length ? code.charCodeAt(at) : 0;
}

const C00 = category('C00');
const C76 = category('C76');
const C77 = category('C77');
const C79 = category('C79');
const C7A = category('C7A');
const C7B = category('C7B');
const C80 = category('C80');
const C81 = category('C81');
const C96 = category('C96');
const D00 = category('D00');
const D49 = category('D49');
const Z85 = category('Z85');

function inCategoryRange(code: string, first: number, last: number): boolean {
  const cat = category(code);
  return cat >= first && cat <= last;
}

/** Secondary malignancy codes that require a primary: C77–C79 and C7B.0- (I.C.2 intro, I.C.2.d, I.C.2.k). */
export function isSecondaryNeedingPrimary(code: string): boolean {
  return inCategoryRange(code, C77, C79) || code.startsWith('C7B0');
}

/** Any secondary malignancy code, including C7B.1 (Merkel cell, primary often unknown) and C7B.8. */
export function isSecondary(code: string): boolean {
  return inCategoryRange(code, C77, C79) || category(code) === C7B;
}

/**
 * A primary malignancy by site: C00–C76 (C4A sorts inside that range), C7A, and the lymphoid and
 * haematopoietic C81–C96. C80 is handled separately because C80.0 and C80.1 say the site is unknown.
 */
export function isPrimaryBySite(code: string): boolean {
  const cat = category(code);
  return (cat >= C00 && cat <= C76) || cat === C7A || (cat >= C81 && cat <= C96);
}

/** A malignancy that counts as "a primary is reported": site-specific primaries and C80.- (C80.0, C80.1, C80.2). */
export function isPrimaryMalignancy(code: string): boolean {
  return isPrimaryBySite(code) || category(code) === C80;
}

/** Personal history of malignant neoplasm, Z85.- */
export function isHistory(code: string): boolean {
  return category(code) === Z85;
}

/** Any neoplasm code of chapter 2 (C00–D49; C4A, C7A, C7B and D3A sort inside those ranges). */
export function isNeoplasm(code: string): boolean {
  const cat = category(code);
  return (cat >= C00 && cat <= C96) || (cat >= D00 && cat <= D49);
}

/** Any malignant neoplasm code (C00–C96, including C7A, C7B). */
export function isMalignant(code: string): boolean {
  const cat = category(code);
  return cat >= C00 && cat <= C96;
}

/** The oncology role of a code (dotless, upper case). */
export function roleOf(code: string): CodeRole {
  if (code === 'C801') return 'unknown-primary';
  if (code === 'C800') return 'disseminated';
  if (isSecondary(code)) return 'secondary';
  if (isPrimaryMalignancy(code)) return 'primary';
  if (isHistory(code)) return 'history';
  if (code === 'Z515') return 'palliative';
  if (code === 'Z510' || code === 'Z5111' || code === 'Z5112') return 'antineoplastic-treatment';
  return 'other';
}
