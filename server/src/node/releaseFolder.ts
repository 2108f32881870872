import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { classifyReleaseFile, isGzipName } from '../service/codes/releaseFiles';

/**
 * Node-side reading of official release files, shared by the index build (the project's `data/icd10cm`
 * folder) and the import of a folder the user names in `icdClaimCoder.codeSetPath`. A gzip copy
 * (`icd10cm-order-Jan-2021.txt.gz`) is read as the official file it holds, so the project can store
 * its release files compressed and a user can point at either form.
 */

/**
 * The largest release file unpacked from gzip. The biggest official file, the full Tabular List XML,
 * is under 10 MB; the limit keeps a damaged or hostile `.gz` in a user's folder from filling memory.
 */
const maxUnpackedBytes = 256 * 1024 * 1024;

/**
 * The release files below a folder, by full path, in a stable (name) order. Sub-folders are
 * visited down to `maxDepth` levels; files that are not release files (READMEs, schemas, the
 * neoplasm table, anything unknown) are skipped, never reported.
 */
export function listReleaseFiles(dir: string, maxDepth = Number.POSITIVE_INFINITY): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return maxDepth > 0 ? listReleaseFiles(full, maxDepth - 1) : [];
      return entry.isFile() && classifyReleaseFile(entry.name) ? [full] : [];
    });
}

/** The bytes of the official file: the file itself, or what its gzip copy holds. */
export function readReleaseFileBytes(file: string): Buffer {
  const bytes = readFileSync(file);
  return isGzipName(path.basename(file)) ? gunzipSync(bytes, { maxOutputLength: maxUnpackedBytes }) : bytes;
}
