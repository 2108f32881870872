import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createCodeSets } from '../../service/codes/indexedCodeSets';
import type { LanguageService } from '../../service';
import { decodeIndexFile, defaultDataDir, importCodeSetFolder, indexFileName } from '../../node/codeSetLoader';
import { createDefaultLoaders } from '../../node/loaders';

/**
 * The code index shared by the command line's workers: the main thread reads the bundled index
 * file once into a SharedArrayBuffer and every worker decodes its sections from that one copy. The
 * file keeps titles, notes and the Table of Neoplasms compressed until first use, so a worker
 * unpacks only the core it needs and the compressed rest exists once in the process.
 */

/** Reads the bundled index file into shared memory. Throws when it is missing, as the loader would. */
export function readSharedIndex(dataDir: string = defaultDataDir()): SharedArrayBuffer {
  const bytes = readFileSync(path.join(dataDir, indexFileName));
  const shared = new SharedArrayBuffer(bytes.length);
  new Uint8Array(shared).set(bytes);
  return shared;
}

/**
 * A language service over the shared index and, with `--code-set DIR`, that folder imported over it
 * (the main thread has already reported the folder's problems and refused an unusable one).
 */
export function createServiceFromSharedIndex(index: SharedArrayBuffer, codeSet: string | undefined): LanguageService {
  const bundled = createCodeSets(decodeIndexFile(new Uint8Array(index)).data);
  const codeSets = codeSet === undefined ? bundled : importCodeSetFolder(codeSet, bundled).codeSets;
  return createDefaultLoaders().createService({ codeSets });
}
