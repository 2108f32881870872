/**
 * Recognises the official ICD-10-CM release files by name, as CDC and CMS spell them:
 * `icd10cm-codes-2027.txt`, `icd10cm_codes_2027.txt`, `icd10cm-order-2027.txt`,
 * `icd10cm-order-Jan-2021.txt`, `icd10cm_order_addenda_2027.txt`, `icd10cm-tabular-2027.xml` and
 * `icd10cm_tabular_2021.xml` (a suffix such as `.derived` or `.neoplasm-excerpt` is allowed), and the
 * Table of Neoplasms as CDC's "Table and Index" zips name it: `icd10cm_neoplasm_2027.xml`,
 * `icd-10-cm-neoplasm-2025.xml`, `icd10cm-neoplasm-April-1-2026.xml`.
 */

/** The official formats: four for the code lists and notes, and the Table of Neoplasms. */
export type ReleaseFileKind = 'codes' | 'order' | 'addenda' | 'tabular' | 'neoplasm';

/** A recognised release file: its format and, when the name carries it, its fiscal year. */
export interface ReleaseFileName {
  readonly kind: ReleaseFileKind;
  readonly year?: number;
}

const patterns: ReadonlyArray<[ReleaseFileKind, RegExp]> = [
  ['addenda', /^icd10cm[-_]order[-_]addenda[-_](?:[a-z]+[-_])?(\d{4})\b.*\.txt$/i],
  ['codes', /^icd10cm[-_]codes[-_](?:[a-z]+[-_])?(\d{4})\b.*\.txt$/i],
  ['order', /^icd10cm[-_]order[-_](?:[a-z]+[-_])?(\d{4})\b.*\.txt$/i],
  ['tabular', /^icd10cm[-_]tabular[-_]?(?:[a-z]+[-_])?(\d{4})?\b.*\.xml$/i],
  // CDC has spelt the prefix `icd10cm` and `icd-10-cm`, and put a month and day before the year of an April update.
  ['neoplasm', /^icd-?10-?cm[-_]neoplasm(?:[-_](?:[a-z]+[-_])?(?:\d{1,2}[-_])?(\d{4}))?\b.*\.xml$/i],
];

/** The kind and year of a release file from its base name, or undefined for other files. */
export function classifyReleaseFile(baseName: string): ReleaseFileName | undefined {
  for (const [kind, pattern] of patterns) {
    const match = pattern.exec(baseName);
    if (match) return match[1] === undefined ? { kind } : { kind, year: Number(match[1]) };
  }
  return undefined;
}
