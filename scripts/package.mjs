// Packages the extension as a VSIX: a production build (minified bundles, no source maps), then
// `vsce package --no-dependencies` into a predictable path. Before packaging it checks the file list
// that .vscodeignore (an allowlist) lets through, so a source file or test can never ship by accident.
// Usage: node scripts/package.mjs [--out FILE] [--skip-build]     (default FILE: icd-claim-coder.vsix)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const outFile = path.resolve(root, outIndex >= 0 ? args[outIndex + 1] : 'icd-claim-coder.vsix');
const vsce = createRequire(import.meta.url).resolve('@vscode/vsce/vsce');

/** Runs a command in the repository root, echoing it, and returns what it printed. */
function run(command, commandArgs, { capture = false } = {}) {
  const shown = [path.basename(command), ...commandArgs.map((arg) => path.isAbsolute(arg) ? path.relative(root, arg) : arg)].join(' ');
  console.log(`package: ${shown}`);
  try {
    return execFileSync(command, commandArgs, { cwd: root, stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8' });
  } catch (error) {
    return fail(`\`${shown}\` failed (exit status ${error.status ?? error.signal}); see its output above.`);
  }
}

/** Fails with a message naming what is wrong. */
function fail(message) {
  console.error(`package: ${message}`);
  process.exit(1);
}

if (!args.includes('--skip-build')) run(process.execPath, ['scripts/build.mjs', '--production']);

// What must be in the package for the extension to work at all.
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const required = ['client/out/extension.js', 'server/out/main.js', 'server/out/narrative.js', 'client/out/browserExtension.js', 'server/out/browserMain.js'];
for (const file of required) {
  if (!existsSync(path.join(root, file))) fail(`${file} is missing; the build did not produce it.`);
}
if (!existsSync(path.join(root, 'server/data')) || !statSync(path.join(root, 'server/data')).isDirectory()) {
  fail('server/data/ (the code-set index) is missing; run `npm run build` (it reads the release files in data/icd10cm).');
}

// Every packaged file must match one of these; anything else means the allowlist leaks.
const allowed = [
  /^package\.json$/, /^README\.md$/, /^LICENSE(\.md|\.txt)?$/, /^CHANGELOG\.md$/,
  /^docs\/.+\.(md|png|svg|gif|jpg)$/, /^docs\/editors\/[^/]+\.(lua|el|toml|sublime-settings)$/,
  /^client\/out\/(extension|browserExtension)\.js$/, /^server\/out\/(main|narrative|browserMain)\.js$/,
  /^server\/data\/[^/.][^/]*\.(bin|json|md)$/,
  /^syntaxes\/.+\.json$/,
];
const listed = run(process.execPath, [vsce, 'ls', '--no-dependencies'], { capture: true })
  .split('\n').map((line) => line.trim()).filter(Boolean);
const unexpected = listed.filter((file) => !allowed.some((pattern) => pattern.test(file)));
if (unexpected.length > 0) fail(`.vscodeignore lets through files that must not ship:\n  ${unexpected.join('\n  ')}`);
for (const file of [...required, 'package.json']) {
  if (!listed.includes(file)) fail(`${file} would not be packaged; check .vscodeignore.`);
}
if (!listed.some((file) => file.startsWith('server/data/') && /\.(json|bin)$/.test(file))) {
  fail('no code-set index file under server/data/ would be packaged.');
}

// The project has no public repository and its README links images inside the package, so the
// links stay relative (VS Code resolves them against the installed extension folder).
const packageArgs = ['package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', outFile];
if (!existsSync(path.join(root, 'README.md'))) console.warn('package: warning: README.md is missing; the extension page will be empty.');
if (!existsSync(path.join(root, 'LICENSE'))) {
  console.warn('package: warning: LICENSE is missing; packaging without it.');
  packageArgs.push('--skip-license');
}
run(process.execPath, [vsce, ...packageArgs]);

const size = statSync(outFile).size;
console.log(`package: ${path.relative(process.cwd(), outFile)} (${manifest.name} ${manifest.version}, ${listed.length} files, ${(size / 1024 / 1024).toFixed(2)} MB)`);
