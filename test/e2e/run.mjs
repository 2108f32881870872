// End-to-end tests in a real VS Code: packages the extension, installs the VSIX into a fresh
// code-server (VS Code 1.139 served on 127.0.0.1), opens a workspace of synthetic fixtures with
// workspace trust disabled and drives the workbench in Debian's headless Chromium with playwright-core.
// Each scenario asserts what a person would see and saves a screenshot under e2e-artifacts/.
//
// Usage: npm run test:e2e [-- options]
//   --skip-package     reuse icd-claim-coder.vsix instead of running `npm run package`
//   --vsix FILE        install this VSIX
//   --only 1,3         run only these scenarios (by number)
//   --docs-images      also copy the README screenshots to docs/images/
//   --keep             keep the temporary run folder (workspace, profile, logs)
//   --web              run the extension as a web extension (VS Code for the Web): code-server is told
//                      to load it in the browser's web-worker extension host, so its client is
//                      client/out/browserExtension.js and its server the web worker; scenarios 1-4 by
//                      default, artifacts in e2e-artifacts/web/
// Needs: apt-get install -y chromium libkrb5-dev. Node 24 and code-server are installed into
// .cache/e2e/ on the first run (about two minutes) and reused afterwards.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './lib/claims837.mjs';
import { installExtension, prepareProfile, startCodeServer } from './lib/codeServer.mjs';
import { userSettings } from './lib/settings.mjs';
import { ensureTools } from './lib/tools.mjs';
import { Workbench } from './lib/workbench.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const argv = process.argv.slice(2);
const option = (name) => { const index = argv.indexOf(name); return index >= 0 ? argv[index + 1] : undefined; };
const flag = (name) => argv.includes(name);
const web = flag('--web');
const artifactsDir = web ? path.join(root, 'e2e-artifacts', 'web') : path.join(root, 'e2e-artifacts');
/** The extension's id, as settings name it. */
const extensionId = 'icd-claim-coder.icd-claim-coder';
/** In the web run, the extension runs in the web-worker extension host (as on vscode.dev). */
const runSettings = web ? { ...userSettings, 'remote.extensionKind': { [extensionId]: ['web'] } } : userSettings;
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const log = (message) => console.log(`[e2e ${elapsed()}] ${message}`);

/**
 * The scenarios, in the order they run; later ones rely on nothing earlier ones leave behind. The
 * 20,000-claim file runs last: it stays open with its 200 findings, which fill the Problems panel
 * (it renders only the rows in view) and would hide the rows a later scenario reads.
 */
const scenarioFiles = [
  '1-note-diagnostics.mjs',
  '2-hover-837.mjs',
  '3-completion-837.mjs',
  '4-quick-fix-and-setting.mjs',
  '6-narrative-hover.mjs',
  '7-claim-editor-837.mjs',
  '5-large-837.mjs',
];

/** The README images: which screenshot, and the part of the page worth showing. */
const docsImages = {
  'docs-hover': 'hover.png',
  'docs-completion': 'completion.png',
  'docs-problems': 'problems.png',
  'docs-narrative': 'narrative-hover.png',
  'docs-inlay-hints': 'inlay-hints.png',
  'docs-outline': 'outline-loops.png',
  'docs-claim-view': 'claim-view.png',
};

async function main() {
  mkdirSync(artifactsDir, { recursive: true });
  // Screenshots of an earlier run must not be mistaken for this one's.
  for (const file of readdirSync(artifactsDir)) if (file.endsWith('.png')) rmSync(path.join(artifactsDir, file));
  // The web run covers diagnostics, hover, completion, the quick fix and a rule setting; the large
  // file's timings are the desktop's business.
  const only = option('--only')?.split(',').map(Number) ?? (web ? [1, 2, 3, 4] : undefined);
  const tools = ensureTools(root, log);
  log(`tools: Node ${tools.nodeVersion}, code-server at ${path.relative(root, tools.codeServer)}, ${tools.chromium}`);

  let vsix = option('--vsix') ? path.resolve(option('--vsix')) : path.join(root, 'icd-claim-coder.vsix');
  if (!option('--vsix') && !flag('--skip-package')) {
    log('packaging the extension (npm run package)');
    execFileSync(process.execPath, [path.join(root, 'scripts', 'package.mjs'), '--out', vsix], { cwd: root, stdio: 'inherit' });
  }
  if (!existsSync(vsix)) throw new Error(`${vsix} does not exist; run npm run package.`);

  // A fresh folder per run: the workspace copy (scenarios edit it), the profile and the logs.
  const runDir = mkdtempSync(path.join(os.tmpdir(), 'icd-e2e-'));
  const workspace = path.join(runDir, 'workspace');
  cpSync(path.join(here, 'workspace'), workspace, { recursive: true });
  const batch = buildBatch(20_000);
  writeFileSync(path.join(workspace, 'claims', 'batch-20000.837'), batch.text);
  log(`workspace ${workspace} (batch-20000.837: ${(batch.text.length / 1e6).toFixed(1)} MB)`);

  const dirs = prepareProfile(runDir, runSettings);
  log(installExtension(tools, dirs, vsix).split('\n').pop());

  const results = [];
  const metrics = {};
  let serverErrors;
  let server;
  let wb;
  try {
    server = await startCodeServer(tools, dirs, workspace);
    log(`code-server ${server.url} (pid ${server.pid})`);
    // code-server runs in its own process group, so an interrupted run must stop it explicitly.
    for (const signal of ['SIGINT', 'SIGTERM']) {
      process.once(signal, () => { server.stop().finally(() => process.exit(130)); });
    }
    wb = await Workbench.launch({ chromiumPath: tools.chromium, url: server.url, artifactsDir, log });
    metrics.workbenchMs = await wb.open(workspace);

    for (const file of scenarioFiles) {
      // A scenario's number is its file's, whatever the order it runs in.
      const number = Number.parseInt(file, 10);
      if (only && !only.includes(number)) continue;
      const scenario = await import(path.join(here, 'scenarios', file));
      const scenarioStarted = Date.now();
      log(`scenario ${number}: ${scenario.title}`);
      const shots = [];
      const shot = async (name, options) => { shots.push(path.relative(root, await wb.screenshot(name, options))); };
      try {
        const detail = await scenario.run({ wb, workspace, batch, metrics, shot, log });
        results.push({ number, title: scenario.title, ok: true, detail, ms: Date.now() - scenarioStarted, shots });
        log(`  PASS (${Date.now() - scenarioStarted} ms) ${detail ?? ''}`);
      } catch (error) {
        await shot(`${number}-failure`).catch(() => {});
        results.push({ number, title: scenario.title, ok: false, detail: error.message, ms: Date.now() - scenarioStarted, shots });
        log(`  FAIL (${Date.now() - scenarioStarted} ms) ${error.stack ?? error.message}`);
        // Leave the editor in a known state for the next scenario.
        await wb.dismissWidgets().catch(() => {});
      }
    }
    if (web) {
      results.push(checkNoNodeServer(dirs.extensions, results));
      for (const message of wb.consoleErrors.slice(0, 10)) log(`browser console error: ${message.slice(0, 300)}`);
    }
  } finally {
    if (wb) await wb.close().catch(() => {});
    if (server) await server.stop();
    serverErrors = collectServerErrors(path.join(dirs.userData, 'logs'));
    // Keep the logs of VS Code, the extension host and our language server next to the screenshots.
    const logsDir = path.join(dirs.userData, 'logs');
    rmSync(path.join(artifactsDir, 'logs'), { recursive: true, force: true });
    if (existsSync(logsDir)) cpSync(logsDir, path.join(artifactsDir, 'logs'), { recursive: true });
    if (existsSync(dirs.log)) cpSync(dirs.log, path.join(artifactsDir, 'logs', 'code-server.log'));
    if (!flag('--keep')) rmSync(runDir, { recursive: true, force: true });
    else log(`kept ${runDir}`);
  }

  if (flag('--docs-images')) copyDocsImages(results);
  return report(results, metrics, serverErrors);
}

/**
 * In the web run, the answers must have come from the web worker: no Node process may be running
 * the extension's Node server (server/out/main.js from the run's extensions folder).
 */
function checkNoNodeServer(extensionsDir, results) {
  const processes = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).split('\n');
  const nodeServers = processes.filter((line) => line.includes(extensionsDir) && line.includes(path.join('server', 'out', 'main.js')));
  // Meaningful only when some scenario got its answers from a server at all.
  const ok = nodeServers.length === 0 && results.some((result) => result.ok);
  const title = 'web: the language server ran in a web worker, not as a Node process';
  log(`${ok ? 'PASS' : 'FAIL'} ${title}`);
  return { number: 'web', title, ok, detail: ok ? 'no Node language server process' : `Node language server running: ${nodeServers[0]}`, ms: 0, shots: [] };
}

/** The error lines the extension wrote to its "ICD-10 Claim Coder" output channel during the run. */
function collectServerErrors(logsDir) {
  if (!existsSync(logsDir)) return [];
  const files = readdirSync(logsDir, { recursive: true }).filter((file) => String(file).endsWith('ICD-10 Claim Coder.log'));
  return files.flatMap((file) => readFileSync(path.join(logsDir, String(file)), 'utf8').split('\n').filter((line) => line.startsWith('[Error')));
}

/** Copies the README screenshots (cropped by the scenarios to the interesting part) into docs/images/. */
function copyDocsImages(results) {
  const docsDir = path.join(root, 'docs', 'images');
  mkdirSync(docsDir, { recursive: true });
  for (const [shot, target] of Object.entries(docsImages)) {
    const source = path.join(artifactsDir, `${shot}.png`);
    const passed = results.some((result) => result.ok && result.shots.some((file) => file.endsWith(`${shot}.png`)));
    if (!passed || !existsSync(source)) { log(`docs image ${target}: skipped (scenario did not pass)`); continue; }
    cpSync(source, path.join(docsDir, target));
    log(`docs image ${path.relative(root, path.join(docsDir, target))}`);
  }
}

/** Prints the summary, writes e2e-artifacts/results.json and returns the exit status. */
function report(results, metrics, serverErrors) {
  const passed = results.filter((result) => result.ok).length;
  const failed = results.length - passed;
  console.log('\nEnd-to-end summary (code-server 4.139.1 / VS Code 1.139.1, headless Chromium)');
  for (const result of results) {
    console.log(`  ${result.ok ? 'PASS' : 'FAIL'}  ${result.number}. ${result.title} (${(result.ms / 1000).toFixed(1)} s)`);
    if (!result.ok) console.log(`        ${result.detail.split('\n')[0]}`);
    for (const file of result.shots) console.log(`        screenshot ${file}`);
  }
  if (metrics.largeFileKeystrokeToProblemsMs) {
    const keystroke = metrics.largeFileKeystrokeToProblemsMs;
    console.log(`  20,000-claim 837: diagnostics ${metrics.largeFileDiagnosticsMs} ms after opening; keystroke -> Problems count median ${keystroke.median} ms (max ${keystroke.max} ms); keystroke -> text on screen median ${metrics.largeFileKeystrokeEchoMs.median} ms; extension host reported unresponsive ${metrics.largeFileExtensionHostUnresponsive} time(s)`);
  }
  if (serverErrors.length > 0) {
    console.log(`  the extension logged ${serverErrors.length} error(s) in its output channel (e2e-artifacts/logs), first ones:`);
    for (const line of serverErrors.slice(0, 5)) console.log(`        ${line.slice(0, 200)}`);
  }
  console.log(`  total ${elapsed()}`);
  writeFileSync(path.join(artifactsDir, 'results.json'), `${JSON.stringify({ passed, failed, totalMs: Date.now() - started, metrics, results, serverErrors }, null, 2)}\n`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 && results.length > 0 ? 0 : 1;
}

main().then((status) => { process.exitCode = status; }, (error) => {
  // Setup problems (missing Chromium, failed install or packaging) are explained by their message.
  console.error(`[e2e ${elapsed()}] ${error.message ?? error}`);
  console.log('0 passed, 1 failed');
  process.exitCode = 1;
});
