// The packaged extension's size. `npm run package` (scripts/package.mjs, written by another helper)
// builds icd-claim-coder.vsix; the bench reuses a package newer than the build outputs it contains
// and otherwise builds one, last, because packaging rebuilds the bundles in production mode.
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { rootDir } from './stats.mjs';

const vsixFile = path.join(rootDir, 'icd-claim-coder.vsix');
const packageScript = path.join(rootDir, 'scripts', 'package.mjs');

function mtime(file) {
  return existsSync(file) ? statSync(file).mtimeMs : 0;
}

/** Whether an existing package is at least as new as everything that goes into it. */
function packageIsFresh() {
  if (!existsSync(vsixFile)) return false;
  const inputs = ['package.json', 'server/out/main.js', 'server/out/narrative.js', 'server/out/cli.js', 'client/out/extension.js'].map((file) => mtime(path.join(rootDir, file)));
  return mtime(vsixFile) >= Math.max(...inputs);
}

function runPackage() {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', 'package', '--silent'], { cwd: rootDir, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 300_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else {
        // The first error lines say more than the tail of a stack trace.
        const text = Buffer.concat(output).toString('utf8');
        const errors = text.split('\n').filter((line) => /error/i.test(line) && !/^\s+at /.test(line)).slice(0, 3);
        reject(new Error(`npm run package exited with ${code}: ${(errors.length ? errors.join(' / ') : text.slice(-500)).trim()}`));
      }
    });
  });
}

/** (i) the size of icd-claim-coder.vsix, building it first when it is missing or stale. */
export async function measureVsix() {
  let packagedMs;
  if (!packageIsFresh()) {
    if (!existsSync(packageScript)) throw new Error('scripts/package.mjs is not written yet and no fresh icd-claim-coder.vsix exists');
    const started = performance.now();
    await runPackage();
    packagedMs = performance.now() - started;
  }
  if (!existsSync(vsixFile)) throw new Error('npm run package did not produce icd-claim-coder.vsix');
  const bytes = statSync(vsixFile).size;
  return { bytes, mb: bytes / 1e6, built: packagedMs !== undefined, packagedMs };
}
