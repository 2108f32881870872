import { createLanguageService } from '../service';
import { createCodeSets } from '../service/codes/indexedCodeSets';
import type { CodeSetLoaders } from './codeSetState';
import { decodeIndexBytes } from '../service/codes/indexFileFormat';
import type { Gunzip } from '../service/codes/indexFileFormat';

/**
 * The code-set loaders of the web-worker server (VS Code for the Web): the bundled index comes as
 * bytes inside the worker's bundle and is unpacked with the gunzip the worker brings. There is no
 * disk, so release folders and CPT files cannot be read; the settings that name them are refused
 * before they get here (see `filePathsUnavailable` in server.ts), and these loaders say so if asked.
 */

/** Why the file-path settings do nothing in the browser, as the user reads it. */
export const filePathsUnavailableInBrowser = 'is not available in VS Code for the Web, which cannot read files from your disk; the bundled ICD-10-CM code sets are used.';

export function createBrowserLoaders(indexBytes: Uint8Array, gunzip: Gunzip): CodeSetLoaders {
  return {
    loadBundled: () => createCodeSets(decodeIndexBytes(indexBytes, gunzip).data),
    importFolder: (dir, bundled) => ({ codeSets: bundled, problems: [{ file: dir, message: `icdClaimCoder.codeSetPath ${filePathsUnavailableInBrowser}` }] }),
    readCpt: () => Promise.reject(new Error(`icdClaimCoder.cptDescriptionsPath ${filePathsUnavailableInBrowser}`)),
    createService: (init) => createLanguageService(init),
  };
}
