import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseNeoplasmXml } from '../../server/src/service/codes/import/neoplasmXml';
import type { NeoplasmImport } from '../../server/src/service/codes/import/neoplasmXml';
import type { NeoplasmTable } from '../../server/src/service/codes/neoplasm/model';
import { createNeoplasmTable } from '../../server/src/service/codes/neoplasm/table';

/**
 * The official FY2025 Table of Neoplasms for tests, imported straight from the release file in
 * `$ICD_CODESETS_DIR` or `../shared/codesets` (not from the built index), memoised across tests.
 */

const codesetsDir = process.env.ICD_CODESETS_DIR ?? path.resolve(__dirname, '..', '..', '..', 'shared', 'codesets');

/** The official FY2025 Table of Neoplasms XML file. */
export const officialNeoplasmFile = path.join(codesetsDir, 'icd10cm-2025', 'icd-10-cm-neoplasm-2025.xml');

let imported: NeoplasmImport | undefined;
let table: NeoplasmTable | undefined;

/** The importer's result for the official file (rows, counts, problems). */
export function officialNeoplasmImport(): NeoplasmImport {
  imported ??= parseNeoplasmXml(readFileSync(officialNeoplasmFile, 'utf8'));
  return imported;
}

/** The table built from the official file, released as `FY2025`. */
export function officialNeoplasmTable(): NeoplasmTable {
  table ??= createNeoplasmTable('FY2025', officialNeoplasmImport().rows);
  return table;
}
