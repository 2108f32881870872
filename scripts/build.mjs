// Builds everything that ships: the code-set index (from ../shared/codesets or $ICD_CODESETS_DIR)
// and the esbuild bundles of the client, the server and the command line.
// Usage: node scripts/build.mjs [--index-only] [--production]
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const production = args.has('--production');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

async function buildIndex() {
  // The index builder is bundled and run with plain node so the build needs no TypeScript runner.
  const builder = path.join(root, 'out', 'buildCodeIndex.js');
  await build({ ...common, sourcemap: false, minify: false, entryPoints: [path.join(root, 'server/scripts/buildCodeIndex.ts')], outfile: builder });
  execFileSync(process.execPath, [builder], { stdio: 'inherit', cwd: root });
}

async function buildBundles() {
  const entries = [
    { entry: 'client/src/extension.ts', out: 'client/out/extension.js', external: ['vscode'] },
    { entry: 'server/src/main.ts', out: 'server/out/main.js', external: [] },
    { entry: 'server/src/cli/main.ts', out: 'server/out/cli.js', external: [] },
  ];
  for (const { entry, out, external } of entries) {
    if (!existsSync(path.join(root, entry))) {
      console.warn(`build: skipping ${entry} (not written yet)`);
      continue;
    }
    await build({ ...common, entryPoints: [path.join(root, entry)], outfile: path.join(root, out), external });
  }
}

await buildIndex();
if (!args.has('--index-only')) await buildBundles();
