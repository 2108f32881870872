import { createLanguageService } from '../service';
import { importCodeSetFolder, loadBundledCodeSets } from './codeSetLoader';
import type { CodeSetLoaders } from './codeSetState';

/** The production loaders: the bundled index in server/data, release folders, and the service itself. */
export function createDefaultLoaders(dataDir?: string): CodeSetLoaders {
  return {
    loadBundled: () => loadBundledCodeSets(dataDir),
    importFolder: (dir, bundled) => importCodeSetFolder(dir, bundled),
    createService: (init) => createLanguageService(init),
  };
}
