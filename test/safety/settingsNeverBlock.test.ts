import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ConfigurationParams, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { LspTestClient, positionOf, withTimeout } from '../protocol/lspClient';
import type { ServerEvent } from '../protocol/lspClient';

/**
 * No settings step may stop the server: a CPT descriptions file far too large (or a huge file of NUL
 * bytes), a large one full of repeated rows, a CPT path that is a FIFO nobody writes to, and a client
 * that never answers `workspace/configuration`. Each is reported once, requests keep being answered
 * meanwhile, and fixing the setting recovers without a restart.
 */

const noteUri = 'file:///config/never-block.note';
const note = 'Dx: C78.01\nCPT 99214 office visit\n';

function hoverValue(hover: Hover | null): string {
  return hover === null ? '' : (hover.contents as MarkupContent).value;
}

function messagesSince(client: LspTestClient, since: number, methods: readonly string[]): string[] {
  return client.events.slice(since)
    .filter((event: ServerEvent) => methods.includes(event.method))
    .map((event) => (event.params as { message: string }).message);
}

const shown = ['window/showMessageRequest', 'window/showMessage'];
const logged = ['window/logMessage'];

describe('safety: settings steps never block the server', function () {
  this.timeout(90_000);
  let dir: string;

  before(function () {
    dir = mkdtempSync(path.join(tmpdir(), 'icd-safety-never-block-'));
  });

  after(function () {
    rmSync(dir, { recursive: true, force: true });
  });

  describe('CPT descriptions files', function () {
    let client: LspTestClient;

    before(async function () {
      client = LspTestClient.start();
      await client.initialize();
      await client.open(noteUri, 'clinical-note', note);
      await client.diagnostics(noteUri);
    });

    after(function () {
      client.kill();
    });

    /** Changes the settings and waits (bounded) until the server applied them. */
    async function apply(settings: Record<string, unknown>): Promise<number> {
      const since = client.events.length;
      await client.changeSettings(settings);
      await client.waitForEvent('workspace/diagnostic/refresh', () => true, since, 30_000);
      return since;
    }

    it('refuses a 200 MB file of NUL bytes by its size, with one message, and keeps answering', async function () {
      const huge = path.join(dir, 'huge-cpt.csv');
      writeFileSync(huge, '');
      truncateSync(huge, 200 * 1024 * 1024);
      const since = await apply({ cptDescriptionsPath: huge });
      const messages = messagesSince(client, since, shown);
      assert.equal(messages.length, 1, messages.join('\n'));
      assert.match(messages[0] ?? '', /200 MB, more than the 16 MB/);
      assert.ok((await client.diagnostics(noteUri)).some((diagnostic) => diagnostic.code === 'secondary-without-primary'));
      assert.equal(client.child.exitCode, null);
    });

    it('reads a large file of repeated rows in slices and reports its problems as a count plus the first few', async function () {
      const repeated = path.join(dir, 'repeated-cpt.csv');
      writeFileSync(repeated, `code,description\n${'99214,Office visit for an established patient (repeated test row)\n'.repeat(150_000)}`);
      const since = client.events.length;
      await client.changeSettings({ cptDescriptionsPath: repeated });
      // Asked while the file is being read and parsed: answered without waiting for the whole file.
      const started = performance.now();
      await withTimeout(client.request('icdClaimCoder/codeSetInfo', {}), 'codeSetInfo while the CSV loads', 30_000);
      await client.waitForEvent('workspace/diagnostic/refresh', () => true, since, 30_000);
      assert.ok(performance.now() - started < 30_000);
      const warnings = messagesSince(client, since, logged).filter((message) => message.includes(repeated));
      assert.ok(warnings.length <= 25, `${warnings.length} log lines about the file`);
      assert.ok(warnings.some((message) => message.includes('149999 in all')), warnings.slice(-2).join('\n'));
      assert.match(hoverValue(await client.hover(noteUri, positionOf(note, '99214', 2))), /repeated test row/);
      await apply({});
    });

    it('refuses a FIFO without opening it, and recovers when the setting is cleared', async function () {
      const fifo = path.join(dir, 'cpt-fifo.csv');
      execFileSync('mkfifo', [fifo]);
      const since = await apply({ cptDescriptionsPath: fifo });
      const messages = messagesSince(client, since, shown);
      assert.equal(messages.length, 1, messages.join('\n'));
      assert.match(messages[0] ?? '', /not a regular file/);
      assert.ok((await client.diagnostics(noteUri)).length > 0, 'diagnostics still answered');
      await apply({});
      const good = path.join(dir, 'good-cpt.csv');
      writeFileSync(good, '99214,Office visit (good CSV after the FIFO)\n');
      await apply({ cptDescriptionsPath: good });
      assert.match(hoverValue(await client.hover(noteUri, positionOf(note, '99214', 2))), /good CSV after the FIFO/);
    });
  });

  describe('a client that never answers workspace/configuration', function () {
    let client: LspTestClient;
    let answering = false;

    before(async function () {
      client = LspTestClient.start();
      // Replaces the test client's handler: no answer at all until `answering` is set.
      client.connection.onRequest('workspace/configuration', (params: ConfigurationParams) => {
        client.configurationRequests++;
        if (!answering) return new Promise(() => undefined);
        return params.items.map((item) => (item.section === 'icdClaimCoder' ? client.settings : null));
      });
      await client.initialize();
      await client.open(noteUri, 'clinical-note', note);
    });

    after(function () {
      client.kill();
    });

    it('answers diagnostics with the defaults after a bounded wait, and logs it once', async function () {
      const first = await withTimeout(client.diagnostics(noteUri), 'diagnostics without settings', 20_000);
      assert.ok(first.some((diagnostic) => diagnostic.code === 'secondary-without-primary'));
      const second = await withTimeout(client.diagnostics(noteUri), 'diagnostics again', 5_000);
      assert.equal(second.length, first.length);
      const notices = messagesSince(client, 0, logged).filter((message) => message.includes('did not answer workspace/configuration'));
      assert.equal(notices.length, 1, notices.join('\n'));
    });

    it('uses the settings once the client answers again', async function () {
      answering = true;
      const since = client.events.length;
      await client.changeSettings({ rules: { 'secondary-without-primary': 'off' } });
      await client.waitForEvent('workspace/diagnostic/refresh', () => true, since, 30_000);
      const rules = (await withTimeout(client.diagnostics(noteUri), 'diagnostics after the fix', 10_000)).map((diagnostic) => String(diagnostic.code));
      assert.ok(!rules.includes('secondary-without-primary'), rules.join(', '));
    });
  });
});
