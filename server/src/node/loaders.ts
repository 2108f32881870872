import { createLanguageService } from '../service';
import type { CodeSetLoaders } from '../lsp/codeSetState';
import { fileLoaders, localRuleDocsUrl } from './fileLoaders';

export { localRuleDocsUrl } from './fileLoaders';

/**
 * The loaders of the command line and the tests: the files of fileLoaders.ts and a service with the
 * narrative reader linked in (the command line's code cache covers it; see bin/icd-claim-check.js).
 */
export function createDefaultLoaders(dataDir?: string): CodeSetLoaders {
  return {
    ...fileLoaders(dataDir),
    createService: (init) => createLanguageService({ ...init, docsBaseUrl: init.docsBaseUrl ?? localRuleDocsUrl() }),
  };
}
