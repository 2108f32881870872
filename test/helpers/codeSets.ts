import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { CodeSets } from '../../server/src/service/codes/codeSet';
import { indexFileName, loadBundledCodeSets } from '../../server/src/node/codeSetLoader';

/**
 * The real ICD-10-CM code sets for tests, loaded once from the built index in `server/data/`. When
 * the index is missing it is built first (`node scripts/build.mjs --index-only`), which reads the
 * official files from `data/icd10cm` (or `$ICD_CODESETS_DIR`).
 */

const repoRoot = path.resolve(__dirname, '..', '..');
/** The folder holding the built index. */
export const testDataDir = path.join(repoRoot, 'server', 'data');

let cached: CodeSets | undefined;

/** The bundled code sets (FY2027 and FY2026), memoised across tests. */
export function testCodeSets(): CodeSets {
  if (cached) return cached;
  if (!existsSync(path.join(testDataDir, indexFileName))) {
    execFileSync(process.execPath, [path.join(repoRoot, 'scripts', 'build.mjs'), '--index-only'], { cwd: repoRoot, stdio: 'inherit' });
  }
  cached = loadBundledCodeSets(testDataDir);
  return cached;
}
