import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeSetLoaders } from '../lsp/codeSetState';
import { importCodeSetFolder, loadBundledCodeSets } from './codeSetLoader';
import { parseCptInSlices, readCptFile } from './cptFile';

/**
 * What the Node builds read from disk: the bundled index in server/data, release folders and CPT CSVs.
 * How the service is made is left to the caller (loaders.ts for the command line and the tests,
 * serverLoaders.ts for the language server), since that decides where the narrative reader comes from.
 */
export function fileLoaders(dataDir?: string): Omit<CodeSetLoaders, 'createService'> {
  return {
    loadBundled: () => loadBundledCodeSets(dataDir),
    importFolder: (dir, bundled) => importCodeSetFolder(dir, bundled),
    async readCpt(file) {
      const text = await readCptFile(file);
      const { catalog, problems, problemCount } = await parseCptInSlices(text, path.basename(file));
      return { cpt: catalog, problems: problems.map((problem) => ({ file, line: problem.line, message: problem.message })), problemCount };
    },
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
