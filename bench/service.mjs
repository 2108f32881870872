// Builds the in-process view of our language service for the bench: an esbuild bundle
// (bench/out/service.cjs) exporting `createLanguageService` and `loadBundledCodeSets`, taken from
// the sources exactly as the server bundle takes them. bench/child.mjs loads it in a fresh process.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { benchDir, rootDir } from './stats.mjs';

export const serviceEntry = path.join(rootDir, 'server', 'src', 'service', 'index.ts');
export const loaderEntry = path.join(rootDir, 'server', 'src', 'node', 'codeSetLoader.ts');
export const serviceBundle = path.join(benchDir, 'out', 'service.cjs');
/** The scaling shapes (bench/scalingShapes.ts), bundled with the service so the child can make them. */
export const shapesEntry = path.join(benchDir, 'scalingShapes.ts');

/** Whether the sources the bundle needs exist yet (the service and the loader are written by others). */
export function serviceSourcesAvailable() {
  return existsSync(serviceEntry) && existsSync(loaderEntry);
}

/**
 * Bundles the service, the code-set loader and the scaling shapes, not minified, so that CPU profiles name the real
 * functions. The loader's default data folder is relative to its bundle, so bench/child.mjs passes
 * server/data explicitly.
 */
export async function buildServiceBundle() {
  const { build } = await import('esbuild');
  mkdirSync(path.dirname(serviceBundle), { recursive: true });
  const relative = (file) => `./${path.relative(benchDir, file).split(path.sep).join('/')}`;
  await build({
    stdin: {
      contents: `export { createLanguageService } from '${relative(serviceEntry)}';\nexport * from '${relative(loaderEntry)}';\nexport * from '${relative(shapesEntry)}';\n`,
      resolveDir: benchDir,
      loader: 'ts',
      sourcefile: 'bench-service-entry.ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    minify: false,
    logLevel: 'warning',
    outfile: serviceBundle,
  });
  return serviceBundle;
}
