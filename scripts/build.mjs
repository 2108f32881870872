// Builds everything that ships: the code-set index (from data/icd10cm or $ICD_CODESETS_DIR)
// and the esbuild bundles of the client, the server and the command line.
// Usage: node scripts/build.mjs [--index-only] [--production] [--force]
import { build } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
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

/** Lists files below a folder, recursively, in a stable order. */
function listFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? listFiles(full) : [full];
    });
}

/**
 * A fingerprint of everything the index is made from: the release files (by name, size and mtime,
 * since they are large) and the generator's sources (by content). The index is rebuilt only when it
 * changes, so `npm test` after `npm install` does not redo the import.
 */
function indexFingerprint() {
  const hash = createHash('sha256');
  const codesets = process.env.ICD_CODESETS_DIR || path.join(root, 'data', 'icd10cm');
  hash.update(`${path.resolve(codesets)}\n`);
  for (const file of listFiles(codesets)) {
    const stat = statSync(file);
    hash.update(`${path.relative(codesets, file)}:${stat.size}:${stat.mtimeMs}\n`);
  }
  for (const file of [...listFiles(path.join(root, 'server/scripts')), ...listFiles(path.join(root, 'server/src/service/codes')), path.join(root, 'server/src/node/codeSetLoader.ts'), path.join(root, 'server/src/node/releaseFolder.ts')]) {
    hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

async function buildIndex() {
  const dataDir = path.join(root, 'server', 'data');
  const stampFile = path.join(dataDir, '.index-fingerprint');
  const fingerprint = indexFingerprint();
  const hasIndex = existsSync(dataDir) && readdirSync(dataDir).some((name) => name.startsWith('icd10cm'));
  if (!args.has('--force') && hasIndex && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === fingerprint) {
    console.log('build: code-set index is up to date');
    return;
  }
  // The index builder is bundled and run with plain node so the build needs no TypeScript runner.
  const builder = path.join(root, 'out', 'buildCodeIndex.js');
  await build({ ...common, sourcemap: false, minify: false, entryPoints: [path.join(root, 'server/scripts/buildCodeIndex.ts')], outfile: builder });
  execFileSync(process.execPath, [builder], { stdio: 'inherit', cwd: root });
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(stampFile, fingerprint);
}

/**
 * The web build (VS Code for the Web): the client for the browser extension host and the server as
 * a web worker. The shared binding imports `vscode-languageserver/node`; in the worker that becomes
 * the package's browser build, and the code index is embedded as bytes.
 */
const browserLanguageServer = {
  name: 'browser-language-server',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^vscode-languageserver\/node$/ }, (args) => esbuild.resolve('vscode-languageserver/browser', { kind: args.kind, resolveDir: args.resolveDir }));
  },
};

async function buildWebBundles() {
  const web = { ...common, platform: 'browser', target: 'es2022' };
  await build({ ...web, format: 'cjs', entryPoints: [path.join(root, 'client/src/browserExtension.ts')], outfile: path.join(root, 'client/out/browserExtension.js'), external: ['vscode'] });
  await build({
    ...web,
    format: 'iife',
    entryPoints: [path.join(root, 'server/src/browserMain.ts')],
    outfile: path.join(root, 'server/out/browserMain.js'),
    loader: { '.bin': 'binary' },
    plugins: [browserLanguageServer],
  });
}

async function buildBundles() {
  const entries = [
    { entry: 'client/src/extension.ts', out: 'client/out/extension.js', external: ['vscode'] },
    { entry: 'server/src/main.ts', out: 'server/out/main.js', external: [] },
    // The narrative reader, which the Node server loads from beside main.js the first time it reads a
    // note (server/src/node/narrativeBundle.ts); the command line and the web worker link it in.
    { entry: 'server/src/service/notes/narrativeEntry.ts', out: 'server/out/narrative.js', external: [] },
    { entry: 'server/src/cli/main.ts', out: 'server/out/cli.js', external: [] },
    // The command line's checking worker (`--jobs`), loaded from beside cli.js.
    { entry: 'server/src/cli/parallel/cliWorker.ts', out: 'server/out/cliWorker.js', external: [] },
  ];
  for (const { entry, out, external } of entries) {
    if (!existsSync(path.join(root, entry))) {
      console.warn(`build: skipping ${entry} (not written yet)`);
      continue;
    }
    const result = await build({ ...common, entryPoints: [path.join(root, entry)], outfile: path.join(root, out), external, metafile: true });
    if (out === 'server/out/main.js') assertWithoutNarrativeReader(result.metafile);
  }
}

/**
 * The server's bundle must not link the narrative reader in: it is loaded from its own bundle on the
 * first note, and an import that reaches it from the server's entry would make every start-up parse
 * and compile it again. The build fails with the files that got in rather than quietly growing.
 */
function assertWithoutNarrativeReader(metafile) {
  const linked = Object.keys(metafile.inputs).filter((input) => input.includes('server/src/service/narrative/'));
  if (linked.length > 0) throw new Error(`build: server/out/main.js links in the narrative reader (${linked.length} files, e.g. ${linked[0]}); import it only through service/notes/narrativeEntry.ts`);
}

/**
 * The command line's code cache (server/out/cli.js.cache, read by bin/icd-claim-check.js): the command
 * is run once on the examples (claim files, notes and a FHIR export, so the parsers, the rules and the
 * narrative reader all run) and writes V8's bytecode of what it compiled as it exits. Each later run
 * then skips parsing and compiling those functions. A build without it still works, only slower to start.
 */
function buildCliCodeCache() {
  const cacheFile = path.join(root, 'server/out/cli.js.cache');
  rmSync(cacheFile, { force: true });
  const result = spawnSync(process.execPath, [path.join(root, 'bin/icd-claim-check.js'), '--jobs', '1', '--json', path.join(root, 'examples')], {
    cwd: root,
    env: { ...process.env, ICD_CLAIM_CHECK_WRITE_CODE_CACHE: cacheFile },
    stdio: 'ignore',
  });
  if (!existsSync(cacheFile)) console.warn(`build: the command line's code cache was not written (exit status ${result.status ?? result.signal})`);
}

await buildIndex();
if (!args.has('--index-only')) {
  await buildBundles();
  await buildWebBundles();
  buildCliCodeCache();
}
