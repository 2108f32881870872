import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Temporary release folders for import tests. Call inside a `describe`: the root folder is made before
 * its tests and removed after them; the returned function writes one named folder of files.
 */
export function useTempFolders(prefix: string): (name: string, files: Record<string, string>) => string {
  let root = '';
  before(() => {
    root = mkdtempSync(path.join(os.tmpdir(), prefix));
  });
  after(() => {
    rmSync(root, { recursive: true, force: true });
  });
  return (name, files) => {
    const dir = path.join(root, name);
    mkdirSync(dir, { recursive: true });
    for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
    return dir;
  };
}
