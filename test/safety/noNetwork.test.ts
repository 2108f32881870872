import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CompletionItem, Diagnostic } from 'vscode-languageserver-protocol';
import { LspTestClient, positionOf, repoRoot } from '../protocol/lspClient';
import { fixtureDir } from './fuzzSupport';

/**
 * No network, no telemetry, no patient data in logs. The lead's preload hook (networkTrap.cjs) records
 * every socket and DNS attempt; it is loaded into the language server for a full session and into
 * `icd-claim-check` over every fixture and example, and nothing may be recorded. A deliberate connect
 * in a child process proves the hook records. The server's log (window/logMessage, window/showMessage
 * and stderr) may name files, positions and rule ids only: never a patient's name or id, never a code.
 */

const trap = path.join(__dirname, 'networkTrap.cjs');

/** Patient identifiers (NM1/DMG) and code values in the session's 837; none may reach a log. */
const patientMarkers = ['QZXPATIENT', 'QZXGIVEN', 'QZX998877665', '19510317', 'QZXSUBSCRIBER', '123 QZX LANE'];
const codeMarkers = ['C7801', 'C78.01', 'C50911', 'C50.911', 'Z853', 'Z85.3', 'C3491', 'C34.91', 'C509', 'C50.9'];

const claim = [
  'ISA*00*          *00*          *ZZ*SUBMITTER      *ZZ*RECEIVER       *261015*1200*^*00501*000000001*0*T*:~',
  'GS*HC*SUBMITTER*RECEIVER*20261015*1200*1*X*005010X222A1~',
  'ST*837*0001*005010X222A1~',
  'BHT*0019*00*0001*20261015*1200*CH~',
  'HL*1**20*1~',
  'NM1*85*2*EXAMPLE CLINIC*****XX*1234567893~',
  'HL*2*1*22*0~',
  'SBR*P*18*******CI~',
  'NM1*IL*1*QZXPATIENT*QZXGIVEN****MI*QZX998877665~',
  'N3*123 QZX LANE~',
  'DMG*D8*19510317*F~',
  'CLM*QZXACCOUNT*250***11:B:1*Y*A*Y*Y~',
  'HI*ABK:Z853*ABF:C7801*ABF:C509~',
  'LX*1~',
  'SV1*HC:99214*250*UN*1***1~',
  'DTP*472*D8*20261015~',
  'SE*15*0001~',
  'GE*1*1~',
  'IEA*1*000000001~',
].join('\n') + '\n';

const note = 'Oncology follow-up for QZXPATIENT QZXGIVEN (MRN QZX998877665, DOB 1951-03-17).\nDx: C78.01, C50.9\n';

function trapLog(dir: string): string {
  return path.join(dir, 'network-attempts.jsonl');
}

function attempts(file: string): string[] {
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter((line) => line !== '') : [];
}

function assertNoPatientData(lines: readonly string[], where: string): void {
  for (const line of lines) {
    for (const marker of [...patientMarkers, ...codeMarkers]) {
      assert.ok(!line.includes(marker), `${where} quotes '${marker}': ${line}`);
    }
  }
}

describe('safety: no network, no telemetry, no patient data in logs', function () {
  this.timeout(120_000);
  let dir: string;

  before(function () {
    dir = mkdtempSync(path.join(tmpdir(), 'icd-safety-net-'));
  });

  after(function () {
    rmSync(dir, { recursive: true, force: true });
  });

  it('the hook records a deliberate connect and look-up in a child process (so silence below means something)', function () {
    const log = path.join(dir, 'proof.jsonl');
    const script = [
      "const net = require('node:net');",
      "try { net.connect(9, '127.0.0.1'); } catch {}",
      "try { require('node:dns').lookup('example.invalid', () => {}); } catch {}",
      "try { require('node:https').get('https://example.invalid/'); } catch {}",
    ].join('\n');
    spawnSync(process.execPath, ['--require', trap, '-e', script], { env: { ...process.env, NETWORK_TRAP_LOG: log }, encoding: 'utf8' });
    const recorded = attempts(log).map((line) => (JSON.parse(line) as { api: string }).api);
    assert.deepEqual(recorded, ['net.Socket.connect', 'dns.lookup', 'https.get']);
  });

  it('a full editor session makes no network attempt and logs no patient data or codes', async function () {
    const log = trapLog(dir);
    const csv = path.join(dir, 'cpt.csv');
    writeFileSync(csv, 'code,description\n99214,Office visit (test CSV)\nQZX,bad row for the log\n');
    const client = LspTestClient.start({ execArgv: ['--require', trap], env: { ...process.env, NETWORK_TRAP_LOG: log } });
    try {
      await client.initialize();
      const noteUri = 'file:///private/QZX-followup.note';
      const claimUri = 'file:///private/QZX-batch.837';
      await client.open(noteUri, 'clinical-note', note);
      await client.open(claimUri, 'x12-837', claim);
      const noteDiagnostics = await client.diagnostics(noteUri);
      const claimDiagnostics: Diagnostic[] = await client.diagnostics(claimUri);
      assert.ok(claimDiagnostics.some((diagnostic) => diagnostic.code === 'history-with-active-cancer' || diagnostic.code === 'history-first-listed'),
        `expected coding findings, got ${claimDiagnostics.map((diagnostic) => String(diagnostic.code)).join(', ')}`);
      assert.ok(await client.hover(claimUri, positionOf(claim, 'C7801', 1)));
      assert.ok(await client.hover(claimUri, positionOf(claim, 'NM1*IL', 1)) !== undefined);
      assert.ok(await client.hover(noteUri, positionOf(note, 'C78.01', 2)));
      const items: CompletionItem[] = await client.completion(noteUri, positionOf(note, 'C78.01', 3));
      assert.ok(items.length > 0);
      const first = items[0];
      assert.ok(first);
      await client.resolveCompletion(first);
      await client.completion(claimUri, positionOf(claim, 'C7801', 3));
      for (const diagnostic of [...noteDiagnostics, ...claimDiagnostics]) {
        await client.codeActions(diagnostic === noteDiagnostics.find((d) => d === diagnostic) ? noteUri : claimUri, diagnostic.range, [diagnostic]);
      }
      await client.documentSymbols(claimUri);
      await client.edit(noteUri, { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, 'C78.09 ');
      await client.diagnostics(noteUri);
      // Settings: a broken rule level, a missing release folder and a CPT CSV with a bad row all get logged.
      const since = client.events.length;
      await client.changeSettings({ rules: { 'unknown-code': 'loud' }, codeSetPath: path.join(dir, 'no-such-release'), cptDescriptionsPath: csv });
      await client.waitForEvent('workspace/diagnostic/refresh', () => true, since);
      await client.diagnostics(claimUri);
      await client.request('textDocument/hover', { textDocument: { uri: claimUri }, position: { line: -5, character: 'x' } }).catch(() => undefined);
      await client.close(noteUri);
      await client.close(claimUri);
      assert.equal(await client.stop(), 0);
      const logged = client.events.filter((event) => ['window/logMessage', 'window/showMessage', 'window/showMessageRequest'].includes(event.method))
        .map((event) => (event.params as { message: string }).message);
      assert.ok(logged.length >= 3, `expected the settings problems to be logged, got ${logged.length} lines`);
      if (process.env.SAFETY_SHOW_LOG === '1') console.log(logged.join('\n'));
      assertNoPatientData(logged, 'the server log');
      assertNoPatientData(client.stderr().split('\n'), 'the server stderr');
      assert.ok(!client.events.some((event) => event.method === 'telemetry/event'), 'the server sent telemetry');
    } finally {
      client.kill();
    }
    assert.deepEqual(attempts(log), [], 'the server tried to reach the network');
  });

  it('icd-claim-check over every fixture and example makes no network attempt and prints no patient data on stderr', function () {
    const log = path.join(dir, 'cli-attempts.jsonl');
    const privateFile = path.join(dir, 'QZX-private.837');
    writeFileSync(privateFile, claim);
    const result = spawnSync(process.execPath, ['--require', trap, path.join(repoRoot, 'bin', 'icd-claim-check.js'), '--json', fixtureDir, path.join(repoRoot, 'examples'), privateFile], {
      env: { ...process.env, NETWORK_TRAP_LOG: log }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
    });
    assert.ok(result.status === 0 || result.status === 1, `exit ${result.status}: ${result.stderr}`);
    const findings = JSON.parse(result.stdout) as Array<{ file: string; rule: string }>;
    assert.ok(findings.some((finding) => finding.file.endsWith('QZX-private.837')), 'the private file was checked');
    assert.ok(new Set(findings.map((finding) => path.dirname(finding.file))).size >= 2, 'fixtures and examples were checked');
    assertNoPatientData(result.stderr.split('\n'), 'icd-claim-check stderr');
    assert.deepEqual(attempts(log), [], 'icd-claim-check tried to reach the network');
  });

  it('ships no telemetry or HTTP client in the bundles', function () {
    for (const bundle of ['server/out/main.js', 'server/out/cli.js', 'client/out/extension.js', 'server/out/browserMain.js', 'client/out/browserExtension.js']) {
      const file = path.join(repoRoot, bundle);
      if (!existsSync(file)) continue;
      const text = readFileSync(file, 'utf8');
      for (const forbidden of ['applicationinsights', '@vscode/extension-telemetry', 'TelemetryReporter', 'node:https', "require('https')", 'require("https")', 'XMLHttpRequest']) {
        assert.ok(!text.includes(forbidden), `${bundle} contains ${forbidden}`);
      }
    }
    const manifest = JSON.parse(execFileSync(process.execPath, ['-e', "process.stdout.write(require('fs').readFileSync('package.json','utf8'))"], { cwd: repoRoot, encoding: 'utf8' })) as { dependencies?: Record<string, string> };
    assert.deepEqual(Object.keys(manifest.dependencies ?? {}).filter((name) => /telemetry|insights|analytics|sentry|axios|node-fetch|got$/.test(name)), []);
  });
});
