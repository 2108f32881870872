/**
 * Recognises the official ICD-10-CM release files by name, as CDC and CMS spell them:
 * `icd10cm-codes-2027.txt`, `icd10cm_codes_2027.txt`, `icd10cm-order-2027.txt`,
 * `icd10cm-order-Jan-2021.txt`, `icd10cm_order_addenda_2027.txt`, `icd10cm-tabular-2027.xml`,
 * `icd10cm_tabular_2021.xml`, and the Tabular List of CDC's "Table and Index" zip,
 * `icd-10-cm-tabular-2025.xml` (a suffix such as `.derived`, `.neoplasm-excerpt` or `_ch2` is
 * allowed), and the Table of Neoplasms as CDC's "Table and Index" zips name it: `icd10cm_neoplasm_2027.xml`,
 * `icd-10-cm-neoplasm-2025.xml`, `icd10cm-neoplasm-April-1-2026.xml`. A gzip copy (`….txt.gz`, `….xml.gz`) is the file it holds: the project stores its
 * release files compressed, and a user may point at such a folder too.
 */

/** The official formats: four for the code lists and notes, and the Table of Neoplasms. */
export type ReleaseFileKind = 'codes' | 'order' | 'addenda' | 'tabular' | 'neoplasm';

/** A recognised release file: its format and, when the name carries it, its fiscal year. */
export interface ReleaseFileName {
  readonly kind: ReleaseFileKind;
  readonly year?: number;
}

/** The year: four digits not followed by a fifth, so `2025_ch2` still names FY2025. */
const year = String.raw`(\d{4})(?!\d)`;

const patterns: ReadonlyArray<[ReleaseFileKind, RegExp]> = [
  ['addenda', new RegExp(String.raw`^icd10cm[-_]order[-_]addenda[-_](?:[a-z]+[-_])?${year}.*\.txt$`, 'i')],
  ['codes', new RegExp(String.raw`^icd10cm[-_]codes[-_](?:[a-z]+[-_])?${year}.*\.txt$`, 'i')],
  ['order', new RegExp(String.raw`^icd10cm[-_]order[-_](?:[a-z]+[-_])?${year}.*\.txt$`, 'i')],
  ['tabular', new RegExp(String.raw`^icd-?10-?cm[-_]tabular[-_]?(?:[a-z]+[-_])?(?:${year})?(?:[-_.].*)?\.xml$`, 'i')],
  // CDC has spelt the prefix `icd10cm` and `icd-10-cm`, and put a month and day before the year of an April update.
  ['neoplasm', /^icd-?10-?cm[-_]neoplasm(?:[-_](?:[a-z]+[-_])?(?:\d{1,2}[-_])?(\d{4}))?\b.*\.xml$/i],
];

/** Whether a file name is a gzip copy (`….gz`), whose release file is the name without `.gz`. */
export function isGzipName(baseName: string): boolean {
  return /\.gz$/i.test(baseName);
}

/** The kind and year of a release file from its base name, or undefined for other files. */
export function classifyReleaseFile(baseName: string): ReleaseFileName | undefined {
  const name = isGzipName(baseName) ? baseName.slice(0, -3) : baseName;
  for (const [kind, pattern] of patterns) {
    const match = pattern.exec(name);
    if (match) return match[1] === undefined ? { kind } : { kind, year: Number(match[1]) };
  }
  return undefined;
}
