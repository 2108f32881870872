import assert from 'node:assert/strict';
import { CancellationTokenSource, ResponseError } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ParsedDocumentCache } from '../../server/src/lsp/documentModels';
import type { Logger } from '../../server/src/lsp/log';
import { fileNameOf } from '../../server/src/lsp/log';
import { createDocumentRunner, runSafe } from '../../server/src/lsp/runSafe';
import { nodeHostServices } from '../../server/src/lsp/nodeHost';
import { ruleLevelFrom, settingsFrom } from '../../server/src/lsp/settings';
import { defaultSettings } from '../../server/src/protocol';
import type { ParsedDocument } from '../../server/src/service/model';

/**
 * The binding's policies in isolation, where the protocol tests cannot reach them directly: what a
 * failing handler logs, how settings are narrowed, and how the parse cache is keyed and bounded.
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
    const parsed: ParsedDocument = { languageId: 'clinical-note', encounters: [], problems: [] };

    function runnerFor(document: TextDocument, duringParse: () => void) {
      return createDocumentRunner<TextDocument>({
        logger: recordingLogger(),
        getDocument: (uri) => (uri === document.uri ? document : undefined),
        languageOf: () => 'clinical-note',
        parse: () => {
          // Runs in the turn after the parse, like a message the connection had queued meanwhile.
          setImmediate(duringParse);
          return parsed;
        },
        yieldToEventLoop: nodeHostServices.yieldToEventLoop,
      });
    }

    it('answers ServerCancelled with retrigger when the document changed during the parse', async function () {
      const document = TextDocument.create('file:///a.note', 'clinical-note', 1, 'Dx: C78.01');
      const withDocument = runnerFor(document, () => TextDocument.update(document, [{ text: 'Dx: C34.91' }], 2));
      let validated = false;
      await assert.rejects(withDocument({ method: 'textDocument/diagnostic', uri: document.uri }, undefined, 'neutral', () => {
        validated = true;
        return 'report';
      }, { yieldAfterParse: true }), (error: unknown) => error instanceof ResponseError && error.code === -32802
        && (error.data as { retriggerRequest?: boolean }).retriggerRequest === true);
      assert.equal(validated, false);
    });

    it('skips the work when the request is cancelled during the parse', async function () {
      const document = TextDocument.create('file:///b.note', 'clinical-note', 1, 'Dx: C78.01');
      const source = new CancellationTokenSource();
      const withDocument = runnerFor(document, () => source.cancel());
      await assert.rejects(withDocument({ method: 'textDocument/diagnostic', uri: document.uri }, source.token, 'neutral', () => 'report', { yieldAfterParse: true }),
        (error: unknown) => error instanceof ResponseError && error.code === -32800);
    });

    it('runs the work on an unchanged document and gives unknown documents the neutral answer', async function () {
      const document = TextDocument.create('file:///c.note', 'clinical-note', 1, 'Dx: C78.01');
      const withDocument = runnerFor(document, () => undefined);
      assert.equal(await withDocument({ method: 'm', uri: document.uri }, undefined, 'neutral', ({ parsed: model }) => (model === parsed ? 'report' : 'wrong'), { yieldAfterParse: true }), 'report');
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

  describe('parsed document cache', function () {
    const parsedAs = (label: string): ParsedDocument => ({ languageId: 'clinical-note', encounters: [], problems: [{ id: label, span: { offset: 0, length: 0 }, severity: 'hint', message: label }] });

    it('parses each version once and re-parses a new version', function () {
      const cache = new ParsedDocumentCache(2);
      let parses = 0;
      const parse = (): ParsedDocument => parsedAs(`parse ${++parses}`);
      const v1 = TextDocument.create('file:///a.note', 'clinical-note', 1, 'Dx: C78.01');
      assert.equal(cache.get(v1, 'clinical-note', parse), cache.get(v1, 'clinical-note', parse));
      assert.equal(parses, 1);
      const v2 = TextDocument.update(v1, [{ text: 'Dx: C34.91' }], 2);
      cache.get(v2, 'clinical-note', parse);
      assert.equal(parses, 2);
    });

    it('keeps at most its capacity, dropping the least recently used, and forgets closed documents', function () {
      const cache = new ParsedDocumentCache(2);
      let parses = 0;
      const parse = (): ParsedDocument => parsedAs(`parse ${++parses}`);
      const doc = (name: string): TextDocument => TextDocument.create(`file:///${name}.note`, 'clinical-note', 1, name);
      const [a, b, c] = [doc('a'), doc('b'), doc('c')];
      cache.get(a, 'clinical-note', parse);
      cache.get(b, 'clinical-note', parse);
      cache.get(a, 'clinical-note', parse);
      cache.get(c, 'clinical-note', parse);
      assert.equal(cache.size, 2);
      assert.equal(parses, 3);
      cache.get(a, 'clinical-note', parse);
      assert.equal(parses, 3, 'a was used recently and stays');
      cache.get(b, 'clinical-note', parse);
      assert.equal(parses, 4, 'b was evicted and is parsed again');
      cache.delete(b.uri);
      assert.equal(cache.size, 1);
    });
  });
});
