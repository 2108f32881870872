import path from 'node:path';
import { createLanguageService } from '../service';
import { parseCptCsv } from '../service/codes/cpt';
import { importCodeSetFolder, loadBundledCodeSets } from './codeSetLoader';
import type { CodeSetLoaders } from './codeSetState';

/** The production loaders: the bundled index in server/data, release folders, CPT CSVs and the service itself. */
export function createDefaultLoaders(dataDir?: string): CodeSetLoaders {
  return {
    loadBundled: () => loadBundledCodeSets(dataDir),
    importFolder: (dir, bundled) => importCodeSetFolder(dir, bundled),
    parseCpt(text, file) {
      const { catalog, problems } = parseCptCsv(text, path.basename(file));
      return { cpt: catalog, problems: problems.map((problem) => ({ file, line: problem.line, message: problem.message })) };
    },
    createService: (init) => createLanguageService(init),
  };
}
