import { createLanguageServiceWith } from '../service/createService';
import type { CodeSetLoaders } from '../lsp/codeSetState';
import { fileLoaders, localRuleDocsUrl } from './fileLoaders';
import { loadNarrativeBundle } from './narrativeBundle';

/**
 * The language server's loaders: the files of fileLoaders.ts and a service that loads the narrative
 * reader's own bundle the first time a note is read. The reader is half of the server's code, and a
 * server that opens only claim files should not parse and compile it before its first answer.
 */
export function createServerLoaders(dataDir?: string): CodeSetLoaders {
  return {
    ...fileLoaders(dataDir),
    createService: (init) => createLanguageServiceWith({ ...init, docsBaseUrl: init.docsBaseUrl ?? localRuleDocsUrl() }, loadNarrativeBundle),
  };
}
