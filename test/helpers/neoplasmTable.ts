import { parseNeoplasmXml } from '../../server/src/service/codes/import/neoplasmXml';
import type { NeoplasmImport } from '../../server/src/service/codes/import/neoplasmXml';
import type { NeoplasmTable } from '../../server/src/service/codes/neoplasm/model';
import { createNeoplasmTable } from '../../server/src/service/codes/neoplasm/table';
import { dataFile, readDataFile } from './dataFiles';

/**
 * The official FY2025 Table of Neoplasms for tests, imported straight from the release file stored in
 * `data/icd10cm/2025/` (not from the built index), memoised across tests.
 */

const tableFile = '2025/icd-10-cm-neoplasm-2025.xml.gz';

/** The stored (gzipped) official FY2025 Table of Neoplasms XML file. */
export const officialNeoplasmFile = dataFile(tableFile);

let imported: NeoplasmImport | undefined;
let table: NeoplasmTable | undefined;

/** The official file's text, unpacked from its stored gzip copy. */
export function officialNeoplasmXml(): string {
  return readDataFile(tableFile);
}

/** The importer's result for the official file (rows, counts, problems). */
export function officialNeoplasmImport(): NeoplasmImport {
  imported ??= parseNeoplasmXml(officialNeoplasmXml());
  return imported;
}

/** The table built from the official file, released as `FY2025`. */
export function officialNeoplasmTable(): NeoplasmTable {
  table ??= createNeoplasmTable('FY2025', officialNeoplasmImport().rows);
  return table;
}
