import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createLanguageService } from '../service';
import { importCodeSetFolder, loadBundledCodeSets } from './codeSetLoader';
import type { CodeSetLoaders } from '../lsp/codeSetState';
import { parseCptInSlices, readCptFile } from './cptFile';

/** The production loaders: the bundled index in server/data, release folders, CPT CSVs and the service itself. */
export function createDefaultLoaders(dataDir?: string): CodeSetLoaders {
  return {
    loadBundled: () => loadBundledCodeSets(dataDir),
    importFolder: (dir, bundled) => importCodeSetFolder(dir, bundled),
    async readCpt(file) {
      const text = await readCptFile(file);
      const { catalog, problems, problemCount } = await parseCptInSlices(text, path.basename(file));
      return { cpt: catalog, problems: problems.map((problem) => ({ file, line: problem.line, message: problem.message })), problemCount };
    },
    createService: (init) => createLanguageService({ ...init, docsBaseUrl: init.docsBaseUrl ?? localRuleDocsUrl() }),
  };
}

/**
 * The rule pages shipped inside the extension (docs/rules), as a file URL, so the link on every
 * diagnostic opens the local page and never sends anyone to the network. The folder is two levels
 * up from the bundled server (server/out) and three from the sources (server/src/lsp).
 */
export function localRuleDocsUrl(): string | undefined {
  for (const candidate of [path.resolve(__dirname, '..', '..', 'docs', 'rules'), path.resolve(__dirname, '..', '..', '..', 'docs', 'rules')]) {
    if (existsSync(path.join(candidate, 'secondary-without-primary.md'))) return pathToFileURL(candidate).href;
  }
  return undefined;
}
