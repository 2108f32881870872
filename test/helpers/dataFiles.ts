import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/**
 * The official ICD-10-CM release files stored in the project (`data/icd10cm/<year>/`, gzipped), read
 * as the official bytes. Tests take their expected values from here rather than from the index the
 * service builds, so that a code, title or count the build gets wrong fails.
 */

/** The project's release-file folder: one sub-folder per fiscal year. */
export const dataDir = path.resolve(__dirname, '..', '..', 'data', 'icd10cm');

/** The full path of a stored release file, e.g. `2027/icd10cm_order_addenda_2027.txt.gz`. */
export function dataFile(relative: string): string {
  return path.join(dataDir, relative);
}

/** The text of the official file a stored `.gz` copy holds (`relative` names the `.gz` file). */
export function readDataFile(relative: string): string {
  return gunzipSync(readFileSync(dataFile(relative))).toString('utf8');
}

/**
 * Real X12 837 files from the test suites of public X12 parsers, copied into the project byte for
 * byte; `test/fixtures/x12/README.md` gives each file's source, licence, sha256 and counts.
 */
export const x12FixtureDir = path.resolve(__dirname, '..', 'fixtures', 'x12');
