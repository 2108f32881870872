import path from 'node:path';
import type { NarrativeModule } from '../service/notes/narrativeModule';

/** The narrative reader's bundle, built beside the server's (scripts/build.mjs), and its export. */
const BUNDLE_FILE = 'narrative.js';

/**
 * Loads the narrative reader from server/out/narrative.js, beside the bundled server (`__dirname`).
 * The file name is computed, so esbuild leaves the `require` to run when it is called rather than
 * pulling the reader into the server's bundle. Node's module cache makes a second service's load
 * (the code sets changed) free. A missing file throws from the first reading, which the service
 * reports as it reports any failure of the reader.
 */
export function loadNarrativeBundle(): NarrativeModule {
  const file = path.join(__dirname, BUNDLE_FILE);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a synchronous load on first use is the point.
  const loaded = require(file) as { readonly narrativeModule?: NarrativeModule };
  if (loaded.narrativeModule === undefined) throw new Error(`${file} does not export the narrative reader; run "npm run build"`);
  return loaded.narrativeModule;
}
