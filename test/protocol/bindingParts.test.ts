import assert from 'node:assert/strict';
import { CancellationTokenSource, ResponseError } from 'vscode-languageserver/node';
import type { Logger } from '../../server/src/lsp/log';
import { fileNameOf } from '../../server/src/lsp/log';
import { createDocumentRunner, runSafe } from '../../server/src/lsp/runSafe';
import { nodeHostServices } from '../../server/src/lsp/nodeHost';
import { ruleLevelFrom, settingsFrom } from '../../server/src/lsp/settings';
import { defaultSettings } from '../../server/src/protocol';
import { createLanguageService } from '../../server/src/service/index';
import type { DocumentHost } from '../../server/src/service/index';
import { testCodeSets } from '../helpers/codeSets';

/**
 * The binding's policies in isolation, where the protocol tests cannot reach them directly: what a
 * failing handler logs, how settings are narrowed, and how a document's host versions its parses.
 */

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (line) => lines.push(line), warn: (line) => lines.push(line), error: (line) => lines.push(line) };
}

describe('binding parts', function () {
  describe('runSafe', function () {
    it('answers a failure with the neutral value and logs it once without the error message', async function () {
      const logger = recordingLogger();
      const result = await runSafe(logger, { method: 'textDocument/hover', uri: 'file:///claims/Jane%20Doe%20batch.837', position: { line: 2, character: 4 } }, undefined, 'neutral', () => {
        throw new TypeError('unexpected token in "DOE*JANE"');
      });
      assert.equal(result, 'neutral');
      assert.equal(logger.lines.length, 1);
      assert.match(logger.lines[0] ?? '', /^textDocument\/hover Jane Doe batch\.837:3:5 failed: TypeError/);
      assert.ok(!(logger.lines[0] ?? '').includes('DOE*JANE'), 'the message may quote the document and must not be logged');
    });

    it('maps a cancelled token to RequestCancelled, before and after the work', async function () {
      const logger = recordingLogger();
      const before = new CancellationTokenSource();
      before.cancel();
      let ran = false;
      await assert.rejects(runSafe(logger, { method: 'x' }, before.token, null, () => {
        ran = true;
        return 1;
      }), (error: unknown) => error instanceof ResponseError && error.code === -32800);
      assert.equal(ran, false);
      const during = new CancellationTokenSource();
      await assert.rejects(runSafe(logger, { method: 'x' }, during.token, null, () => {
        during.cancel();
        return 1;
      }), (error: unknown) => error instanceof ResponseError && error.code === -32800);
      assert.deepEqual(logger.lines, []);
    });

    it('names files by their last path segment only', function () {
      assert.equal(fileNameOf('file:///home/coder/claims/batch%201.837'), 'batch 1.837');
      assert.equal(fileNameOf('untitled:Untitled-1'), 'untitled:Untitled-1');
    });
  });

  describe('withDocument', function () {
    const service = createLanguageService({ codeSets: testCodeSets() });

    function runnerFor(host: DocumentHost, duringParse: () => void) {
      let scheduled = false;
      return createDocumentRunner({
        logger: recordingLogger(),
        hostOf: (uri) => {
          if (uri !== host.uri) return undefined;
          // Runs in the turn after the snapshot is taken, like a message the connection had queued meanwhile.
          if (!scheduled) setImmediate(duringParse);
          scheduled = true;
          return host;
        },
        yieldToEventLoop: nodeHostServices.yieldToEventLoop,
      });
    }

    it('answers ServerCancelled with retrigger when the document changed during the parse', async function () {
      const host = service.open('file:///a.note', 'clinical-note', 'Dx: C78.01', 1);
      const withDocument = runnerFor(host, () => host.applyChanges([{ text: 'Dx: C34.91' }], 2));
      let validated = false;
      await assert.rejects(withDocument({ method: 'textDocument/diagnostic', uri: host.uri }, undefined, 'neutral', () => {
        validated = true;
        return 'report';
      }, { yieldAfterParse: true }), (error: unknown) => error instanceof ResponseError && error.code === -32802
        && (error.data as { retriggerRequest?: boolean }).retriggerRequest === true);
      assert.equal(validated, false);
    });

    it('skips the work when the request is cancelled during the parse', async function () {
      const host = service.open('file:///b.note', 'clinical-note', 'Dx: C78.01', 1);
      const source = new CancellationTokenSource();
      const withDocument = runnerFor(host, () => source.cancel());
      await assert.rejects(withDocument({ method: 'textDocument/diagnostic', uri: host.uri }, source.token, 'neutral', () => 'report', { yieldAfterParse: true }),
        (error: unknown) => error instanceof ResponseError && error.code === -32800);
    });

    it('runs the work on an unchanged document and gives unknown documents the neutral answer', async function () {
      const host = service.open('file:///c.note', 'clinical-note', 'Dx: C78.01', 1);
      const withDocument = runnerFor(host, () => undefined);
      assert.equal(await withDocument({ method: 'm', uri: host.uri }, undefined, 'neutral', ({ snapshot }) => (snapshot === host.snapshot() ? 'report' : 'wrong'), { yieldAfterParse: true }), 'report');
      assert.equal(await withDocument({ method: 'm', uri: 'file:///closed.note' }, undefined, 'neutral', () => 'report'), 'neutral');
    });
  });

  describe('settings narrowing', function () {
    it('keeps valid values and falls back per value, describing each fallback', function () {
      const complaints: string[] = [];
      const settings = settingsFrom({
        rules: { 'unknown-code': 'Error', 'history-first-listed': 'info', 'code-not-billable': 3 },
        codeSetPath: ' /opt/icd10cm-2028 ',
        cptDescriptionsPath: ['not', 'a', 'path'],
        maxNumberOfProblems: -5,
        inlayHints: 'yes',
      }, complaints);
      assert.deepEqual(settings, {
        rules: { 'unknown-code': 'error', 'history-first-listed': 'information' },
        codeSetPath: '/opt/icd10cm-2028',
        cptDescriptionsPath: '',
        maxNumberOfProblems: defaultSettings.maxNumberOfProblems,
        inlayHints: defaultSettings.inlayHints,
      });
      assert.equal(complaints.length, 4);
      assert.ok(complaints.some((complaint) => complaint.includes('icdClaimCoder.inlayHints')));
      assert.ok(complaints.some((complaint) => complaint.includes('icdClaimCoder.rules.code-not-billable')));
    });

    it('never throws on nonsense', function () {
      for (const raw of [null, undefined, 42, 'warning', [], { rules: 'off' }, { rules: [1, 2] }]) {
        assert.doesNotThrow(() => settingsFrom(raw, []));
      }
      assert.deepEqual(settingsFrom(undefined), defaultSettings);
      assert.equal(ruleLevelFrom('OFF'), 'off');
      assert.equal(ruleLevelFrom('fatal'), undefined);
    });
  });

  describe('document host', function () {
    const service = createLanguageService({ codeSets: testCodeSets() });

    it('parses each version once and a new version after a change', function () {
      const host = service.open('file:///a.note', 'clinical-note', 'Dx: C78.01', 1);
      const first = host.snapshot();
      assert.equal(host.snapshot(), first);
      host.applyChanges([{ range: { start: { line: 0, character: 4 }, end: { line: 0, character: 10 } }, text: 'C34.91' }], 2);
      const second = host.snapshot();
      assert.notEqual(second.parsed, first.parsed);
      assert.deepEqual(second.parsed.encounters[0]?.diagnoses.map((mention) => mention.code), ['C3491']);
      assert.deepEqual(first.parsed.encounters[0]?.diagnoses.map((mention) => mention.code), ['C7801'], 'the earlier snapshot is unchanged');
      assert.equal(first.text.slice(0, first.text.length), 'Dx: C78.01');
    });

    it('counts a change as a new version even when the client reuses its version number', function () {
      const host = service.open('file:///b.note', 'clinical-note', 'Dx: C78.01', 1);
      const first = host.snapshot();
      host.applyChanges([{ text: 'Dx: C34.91' }], 1);
      assert.notEqual(host.snapshot().revision, first.revision);
      assert.deepEqual(host.snapshot().parsed.encounters[0]?.diagnoses.map((mention) => mention.code), ['C3491']);
    });
  });
});
