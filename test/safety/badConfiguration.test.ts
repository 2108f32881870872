import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { LspTestClient, positionOf } from '../protocol/lspClient';
import type { ServerEvent } from '../protocol/lspClient';

/**
 * Bad configuration over JSON-RPC: a codeSetPath that does not exist, is empty or holds damaged
 * release files, and a CPT CSV with bad rows. Each is reported in the window naming the file (and the
 * line when there is one), the server keeps running on the bundled data, and setting a good value
 * again recovers without a restart.
 */

const noteUri = 'file:///config/check.note';
const note = 'Dx: C34.91, C78.03\nCPT 99214 office visit\n';

interface Info {
  readonly years: ReadonlyArray<{ readonly label: string; readonly source: string }>;
}

function hoverValue(hover: Hover | null): string {
  return hover === null ? '' : (hover.contents as MarkupContent).value;
}

/** The window messages (shown to the user) since `since`. */
function shownSince(client: LspTestClient, since: number): string[] {
  return client.events.slice(since)
    .filter((event: ServerEvent) => event.method === 'window/showMessageRequest' || event.method === 'window/showMessage')
    .map((event) => (event.params as { message: string }).message);
}

describe('safety: bad configuration is reported and survived', function () {
  this.timeout(60_000);
  let client: LspTestClient;
  let dir: string;
  let goodRelease: string;

  const rules = async (): Promise<string[]> => (await client.diagnostics(noteUri)).map((diagnostic) => String(diagnostic.code));
  const info = (): Promise<Info> => client.request<Info>('icdClaimCoder/codeSetInfo', {});

  /** Changes the settings, waits until the server applied them (codeSetInfo waits for that), returns the new window messages. */
  async function apply(settings: Record<string, unknown>): Promise<string[]> {
    const since = client.events.length;
    await client.changeSettings(settings);
    await client.waitForEvent('workspace/diagnostic/refresh', () => true, since);
    await info();
    return shownSince(client, since);
  }

  async function assertOnBundledData(): Promise<void> {
    const loaded = await info();
    assert.ok(loaded.years.length > 0 && loaded.years.every((year) => year.source === 'bundled'), JSON.stringify(loaded));
    const found = await rules();
    assert.ok(found.includes('unknown-code'), `C78.03 is unknown to the bundled years: ${found.join(', ')}`);
    assert.match(hoverValue(await client.hover(noteUri, positionOf(note, 'C34.91', 2))), /right bronchus or lung/i);
  }

  before(async function () {
    dir = mkdtempSync(path.join(tmpdir(), 'icd-safety-config-'));
    goodRelease = path.join(dir, 'good-2028');
    mkdirSync(goodRelease);
    writeFileSync(path.join(goodRelease, 'icd10cm-codes-2028.txt'), [
      'C3491   Malignant neoplasm of unspecified part of right bronchus or lung',
      'C7803   Secondary malignant neoplasm of a synthetic test site',
      '',
    ].join('\n'));
    client = LspTestClient.start();
    await client.initialize();
    await client.open(noteUri, 'clinical-note', note);
    await assertOnBundledData();
  });

  after(function () {
    client.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a codeSetPath that does not exist: one message naming the folder, bundled data kept', async function () {
    const missing = path.join(dir, 'does-not-exist');
    const shown = await apply({ codeSetPath: missing });
    assert.equal(shown.length, 1, shown.join('\n'));
    assert.ok(shown[0]?.includes(missing) && /does not exist/.test(shown[0] ?? ''), shown[0]);
    await assertOnBundledData();
  });

  it('recovers without a restart when the setting names a good folder, and again when it is cleared', async function () {
    await apply({ codeSetPath: goodRelease });
    assert.equal((await info()).years[0]?.label, 'ICD-10-CM FY2028');
    assert.ok(!(await rules()).includes('unknown-code'));
    await apply({});
    await assertOnBundledData();
  });

  it('an empty folder: one message naming the folder and what files it needs', async function () {
    const empty = path.join(dir, 'empty');
    mkdirSync(empty);
    const shown = await apply({ codeSetPath: empty });
    assert.equal(shown.length, 1, shown.join('\n'));
    assert.ok(shown[0]?.includes(empty) && /icd10cm-codes-YYYY\.txt/.test(shown[0] ?? ''), shown[0]);
    await assertOnBundledData();
  });

  it('a damaged codes file: a message naming the file and the line, bundled data kept', async function () {
    const damaged = path.join(dir, 'damaged-2028');
    mkdirSync(damaged);
    const file = path.join(damaged, 'icd10cm-codes-2028.txt');
    writeFileSync(file, 'C3491   Malignant neoplasm of unspecified part of right bronchus or lung\n\u0000\u0001garbage that is not a code line\n');
    const shown = await apply({ codeSetPath: damaged });
    assert.ok(shown.some((message) => message.includes(`${file}:2`)), `expected ${file}:2 in ${shown.join('\n')}`);
    assert.ok(shown.length <= 3, `one problem should not flood the window: ${shown.join('\n')}`);
    await assertOnBundledData();
  });

  it('a truncated tabular XML: a message naming the file, bundled data kept', async function () {
    const damaged = path.join(dir, 'xml-2028');
    mkdirSync(damaged);
    const file = path.join(damaged, 'icd10cm-tabular-2028.xml');
    writeFileSync(file, '<?xml version="1.0"?>\n<ICD10CM.tabular>\n<version>2028</version>\n<chapter><name>2</name><section id="C76-C80"><diag><name>C78</name><desc>Secondary');
    const shown = await apply({ codeSetPath: damaged });
    assert.ok(shown.some((message) => message.includes(file)), `expected ${file} in ${shown.join('\n')}`);
    await assertOnBundledData();
  });

  it('a CPT CSV with bad rows: messages naming file and line, the good rows used, the rest of the server unaffected', async function () {
    const csv = path.join(dir, 'cpt.csv');
    writeFileSync(csv, ['code,description', '99214,Office visit for an established patient (test CSV)', 'ABC,not a code', '71260', '"unterminated,quote', '99215,Another visit', ''].join('\n'));
    const shown = await apply({ cptDescriptionsPath: csv });
    assert.ok(shown.some((message) => message.includes(`${csv}:3`)), `expected ${csv}:3 in ${shown.join('\n')}`);
    assert.ok(shown.some((message) => message.includes(`${csv}:4`)), `expected ${csv}:4 in ${shown.join('\n')}`);
    assert.match(hoverValue(await client.hover(noteUri, positionOf(note, '99214', 2))), /established patient \(test CSV\)/);
    await assertOnBundledData();
    await apply({});
    assert.doesNotMatch(hoverValue(await client.hover(noteUri, positionOf(note, '99214', 2))), /test CSV/, 'clearing the setting drops the CSV');
  });

  it('a CPT path that is a folder or unreadable: one message naming it', async function () {
    const shown = await apply({ cptDescriptionsPath: dir });
    assert.equal(shown.length, 1, shown.join('\n'));
    assert.ok(shown[0]?.includes(dir), shown[0]);
    await assertOnBundledData();
    await apply({});
  });

  it('is still the same server process, answering', async function () {
    assert.equal(client.child.exitCode, null);
    assert.ok((await rules()).length > 0);
  });
});
