// Runs the extension-host suite (test/vscode/suite, mocha with the `vscode` API) against the
// extension in this checkout (build it first: npm run build).
//
//   npm run test:vscode                          desktop VS Code via @vscode/test-electron (downloads
//                                                VS Code; needs a machine that can reach Microsoft)
//   npm run test:vscode -- --vscode-version 1.95.0   the same on the minimum engines.vscode version
//   npm run test:vscode -- --code-server         code-server 4.139.1 (VS Code 1.139.1) on 127.0.0.1,
//                                                its Node extension host driven from headless Chromium;
//                                                works offline, with the tools test:e2e caches in .cache/e2e
//
// In code-server the suite is started through the workbench URL's `payload`
// (extensionDevelopmentPath / extensionTestsPath / extensionEnvironment). A built workbench honours
// those keys only with the smoke-test driver enabled, hence `--vscode-option enable-smoke-test-driver`.
// The workbench reports the suite's console output through `window.codeAutomationLog` and its exit
// code through `window.codeAutomationExit`, which this runner provides with Playwright.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { format } from 'node:util';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from '../e2e/lib/claims837.mjs';
import { prepareProfile, startCodeServer } from '../e2e/lib/codeServer.mjs';
import { userSettings } from '../e2e/lib/settings.mjs';
import { ensureTools } from '../e2e/lib/tools.mjs';
import { Workbench } from '../e2e/lib/workbench.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const argv = process.argv.slice(2);
const option = (name) => { const index = argv.indexOf(name); return index >= 0 ? argv[index + 1] : undefined; };
const suitePath = path.join(here, 'suite', 'index.js');
const suiteTimeoutMs = 10 * 60_000;

/** Copies the e2e fixture workspace to a temporary folder and adds the 20,000-claim batch. */
function prepareWorkspace(runDir) {
  const workspace = path.join(runDir, 'workspace');
  cpSync(path.join(root, 'test', 'e2e', 'workspace'), workspace, { recursive: true });
  const batch = buildBatch(20_000);
  const file = 'claims/batch-20000.837';
  writeFileSync(path.join(workspace, file), batch.text);
  const environment = {
    ICD_E2E_BATCH: JSON.stringify({ file, editLine: batch.editLine, editColumn: batch.editColumn, lonelySecondaries: batch.lonelySecondaries }),
  };
  return { workspace, environment };
}

/** Desktop VS Code through @vscode/test-electron (downloads VS Code into .vscode-test/). */
async function runElectron(runDir) {
  const { runTests } = await import('@vscode/test-electron');
  const { workspace, environment } = prepareWorkspace(runDir);
  const version = option('--vscode-version') ?? 'stable';
  try {
    await runTests({
      version,
      extensionDevelopmentPath: root,
      extensionTestsPath: suitePath,
      extensionTestsEnv: environment,
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', path.join(runDir, 'user-data'), '--skip-welcome', '--skip-release-notes'],
    });
    return 0;
  } catch (error) {
    if (/download|ENOTFOUND|getaddrinfo|ECONNREFUSED|update\.code\.visualstudio\.com/i.test(String(error?.stack ?? error))) {
      console.error(`test:vscode: could not download VS Code ${version} (${error.message ?? error}).`);
      console.error('test:vscode: on a machine without access to Microsoft\'s servers, run `npm run test:vscode -- --code-server`.');
    } else {
      console.error(`test:vscode: ${error.message ?? error}`);
    }
    return 1;
  }
}

/** The same suite inside code-server's extension host, started from headless Chromium. */
async function runCodeServer(runDir) {
  const tools = ensureTools(root, (message) => console.log(message));
  const { workspace, environment } = prepareWorkspace(runDir);
  const dirs = prepareProfile(runDir, userSettings);
  const server = await startCodeServer(tools, dirs, workspace, { extraArgs: ['--vscode-option', 'enable-smoke-test-driver'] });
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => { server.stop().finally(() => process.exit(130)); });
  let wb;
  try {
    wb = await Workbench.launch({ chromiumPath: tools.chromium, url: server.url, artifactsDir: path.join(root, 'e2e-artifacts', 'vscode-suite') });
    const exited = new Promise((resolve) => {
      void wb.page.exposeFunction('codeAutomationExit', (code) => resolve(code));
    });
    // The suite's console output arrives here; everything else the workbench logs is dropped.
    let suiteStarted = false;
    await wb.page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = format(...(Array.isArray(args) ? args : [args]));
      if (!suiteStarted && /ICD-10 Claim Coder in the extension host/.test(text)) suiteStarted = true;
      // Workbench log lines ("[AccountPolicyGate] …") are noise here; mocha's lines never start with "[".
      if (suiteStarted && !/^\[[\w-]+\]/.test(text)) console.log(text);
    });
    const authority = new URL(server.url).host;
    const remote = (file) => `vscode-remote://${authority}${file}`;
    await wb.open(workspace, [
      ['extensionDevelopmentPath', remote(root)],
      ['extensionTestsPath', remote(suitePath)],
      ['extensionEnvironment', JSON.stringify(environment)],
    ]);
    let timer;
    const timeout = new Promise((resolve) => { timer = setTimeout(() => resolve('timeout'), suiteTimeoutMs); });
    const code = await Promise.race([exited, timeout]);
    clearTimeout(timer);
    if (code === 'timeout') {
      await wb.screenshot('timeout');
      console.error(`test:vscode: the suite did not finish within ${suiteTimeoutMs / 60_000} minutes.`);
      return 1;
    }
    return code;
  } finally {
    if (wb) await wb.close().catch(() => {});
    await server.stop();
    const logs = path.join(dirs.userData, 'logs');
    cpSync(logs, path.join(root, 'e2e-artifacts', 'vscode-suite', 'logs'), { recursive: true, force: true });
  }
}

const runDir = mkdtempSync(path.join(os.tmpdir(), 'icd-vscode-'));
const host = argv.includes('--code-server') ? 'code-server' : 'electron';
console.log(`test:vscode: running test/vscode/suite in ${host === 'code-server' ? 'code-server 4.139.1 (VS Code 1.139.1)' : `desktop VS Code ${option('--vscode-version') ?? 'stable'}`}`);
try {
  const code = host === 'code-server' ? await runCodeServer(runDir) : await runElectron(runDir);
  console.log(`test:vscode: exit code ${code}`);
  process.exitCode = code === 0 ? 0 : 1;
} catch (error) {
  console.error(`test:vscode: ${error.stack ?? error.message}`);
  process.exitCode = 1;
} finally {
  rmSync(runDir, { recursive: true, force: true });
}
