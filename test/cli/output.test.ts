import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-types';
import { ByteBlock } from '../../server/src/cli/byteBlock';
import { createBlockReporter, FindingBlock } from '../../server/src/cli/findingBytes';
import { createJsonReporter, createTextReporter, formatText, toFinding } from '../../server/src/cli/output';
import type { Finding, OutputFormat, Sink } from '../../server/src/cli/output';

/**
 * The command line writes findings from the service's diagnostics straight into UTF-8 bytes instead of
 * through `JSON.stringify`, and copies a message without escaping it when nothing in it needs escaping.
 * The bytes must still be exactly those of `JSON.stringify(finding)` (PRODUCT.md's shape) and of
 * `formatText(finding)`, encoded as the pipe encodes a string, whatever characters a message or a file
 * name holds.
 */

const FILE = 'claims/batch.837';

function diagnostic(message: string, rule: string | number | undefined = 'code-not-billable', severity: Diagnostic['severity'] = 1): Diagnostic {
  return { range: { start: { line: 3, character: 17 }, end: { line: 3, character: 23 } }, severity, code: rule, source: 'icd-claim-coder', message };
}

function finding(message: string, file = FILE, rule = 'code-not-billable'): Finding {
  return toFinding(file, diagnostic(message, rule));
}

/** The text of the bytes a block wrote for these diagnostics of `file`. */
function written(format: 'json' | 'text', file: string, diagnostics: readonly Diagnostic[]): string {
  const block = new FindingBlock(format);
  block.add(file, diagnostics);
  return Buffer.from(block.take().bytes).toString('utf8');
}

function formatJson(one: Finding): string {
  return written('json', one.file, [diagnostic(one.message, one.rule)]);
}

const messages: readonly [string, string][] = [
  ['plain ASCII', 'C50.91 is a subcategory heading in FY2025, not a billable code.'],
  ['a double quote', 'Z85.3 (personal history, "Conditions classifiable to C50") is reported with C50.911.'],
  ['a backslash', 'a path C:\\claims\\batch.837 in a message'],
  ['a line feed and a carriage return', 'first line\r\nsecond line\nthird'],
  ['a tab and other control characters', 'tab\there, bell \u0007, NUL \u0000, unit separator \u001f'],
  ['DEL and non-ASCII letters', 'DEL \u007f, é, “quoted”, Ω'],
  ['a surrogate pair', 'an emoji \ud83d\ude00 in a note'],
  ['a lone high surrogate', 'broken \ud83d text'],
  ['a lone low surrogate', 'broken \ude00 text'],
  ['an empty message', ''],
  ['several double quotes, one at each end', '"Z85.3" (personal history, "Conditions classifiable to C50") and "C50.911"'],
  ['double quotes and a backslash', 'a "quoted" path C:\\claims'],
  ['double quotes and a line feed', 'a "quoted"\nsecond line'],
  ['double quotes and a lone surrogate', 'a "quoted" \ud83d text'],
];

describe('icd-claim-check output', function () {
  for (const [what, message] of messages) {
    it(`writes a message with ${what} as JSON.stringify does`, function () {
      assert.equal(formatJson(finding(message)), JSON.stringify(finding(message)));
    });

    it(`writes a message with ${what} in text output as formatText does, encoded as the pipe encodes it`, function () {
      const bytes = new FindingBlock('text');
      bytes.add(FILE, [diagnostic(message)]);
      assert.deepEqual(Buffer.from(bytes.take().bytes), Buffer.from(`${formatText(finding(message))}\n`));
    });
  }

  it('writes the UTF-8 bytes of JSON.stringify, lone surrogates escaped and pairs encoded', function () {
    for (const [, message] of messages) {
      const one = finding(message);
      const block = new FindingBlock('json');
      block.add(one.file, [diagnostic(message)]);
      assert.deepEqual(Buffer.from(block.take().bytes), Buffer.from(JSON.stringify(one)), message);
    }
  });

  it('escapes a file name and a rule id that need it', function () {
    const odd = finding('message', 'odd "dir"\\batch\n.837', 'rule"id');
    assert.equal(formatJson(odd), JSON.stringify(odd));
  });

  it('names the severity and the rule of any diagnostic as toFinding does', function () {
    const odd: Diagnostic[] = [
      { range: diagnostic('').range, message: 'no severity, no code' },
      diagnostic('a numeric code', 42, 2),
      diagnostic('information', 'rule', 3),
      diagnostic('hint', 'rule', 4),
    ];
    for (const one of odd) {
      assert.equal(written('json', FILE, [one]), JSON.stringify(toFinding(FILE, one)));
      assert.equal(written('text', FILE, [one]), `${formatText(toFinding(FILE, one))}\n`);
    }
  });

  it('writes positions of any size as JSON.stringify does', function () {
    for (const value of [0, 9, 10, 99, 100, 12345, 2147483647, 4294967296]) {
      const one: Diagnostic = { range: { start: { line: value, character: value }, end: { line: value + 1, character: 0 } }, severity: 1, code: 'r', message: 'm' };
      assert.equal(written('json', FILE, [one]), JSON.stringify(toFinding(FILE, one)));
    }
  });

  it('joins a JSON block with commas and line feeds, as a JSON array holds it, across files and takes', function () {
    const block = new FindingBlock('json');
    block.add(FILE, messages.map(([, message]) => diagnostic(message)));
    block.add('other.837', [diagnostic('in another file')]);
    const taken = block.take();
    assert.equal(taken.count, messages.length + 1);
    const expected = [...messages.map(([, message]) => finding(message)), finding('in another file', 'other.837')];
    assert.deepEqual(JSON.parse(`[${Buffer.from(taken.bytes).toString('utf8')}]`), expected);
    block.add(FILE, [diagnostic('after a take')]);
    assert.equal(Buffer.from(block.take().bytes).toString('utf8'), JSON.stringify(finding('after a take')));
  });

  it('says whether a block holds an error, and forgets it with the block', function () {
    const block = new FindingBlock('text');
    block.add(FILE, [diagnostic('warning', 'r', 2)]);
    assert.equal(block.take().sawError, false);
    block.add(FILE, [diagnostic('warning', 'r', 2), { range: diagnostic('').range, message: 'no severity: an error' }]);
    assert.equal(block.take().sawError, true);
    block.add(FILE, [diagnostic('hint', 'r', 4)]);
    assert.equal(block.take().sawError, false);
  });

  it('grows past its first buffer and hands over bytes a later write does not change', function () {
    const out = new ByteBlock(4);
    out.utf8('é'.repeat(100));
    out.ascii('x'.repeat(50));
    const first = out.take();
    out.ascii('y'.repeat(300));
    assert.equal(Buffer.from(first).toString('utf8'), `${'é'.repeat(100)}${'x'.repeat(50)}`);
    assert.equal(Buffer.from(out.take()).toString('utf8'), 'y'.repeat(300));
  });

  it('starts again as large as it grew, within a bound, once its bytes are taken', function () {
    const out = new ByteBlock(16);
    out.ascii('x'.repeat(1000));
    const grown = out.capacity;
    assert.ok(grown >= 1000);
    out.take();
    assert.equal(out.capacity, grown);
    out.ascii('y'.repeat(3 << 20));
    out.take();
    assert.equal(out.capacity, 1 << 20, 'a huge block is not repeated whole');
    out.ascii('z');
    assert.equal(Buffer.from(out.take()).toString('latin1'), 'z');
  });

  it('writes numbers digit by digit as String writes them, and any other number through String', function () {
    const values = [0, -0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 65535, 123456789, 2147483647, 4294967296, 9007199254740991, 9007199254740992, -1, -120, 1.5, 1e21, Number.NaN, Number.POSITIVE_INFINITY];
    const out = new ByteBlock(2);
    for (const value of values) {
      out.decimal(value);
      out.ascii(' ');
    }
    assert.equal(Buffer.from(out.take()).toString('utf8'), values.map((value) => `${value} `).join(''));
  });

  it('writes runs of findings on one line, ranges that end on another line and changes of line and file as JSON.stringify and formatText do', function () {
    // [start line, start character, end line, end character]: the writer keeps a line's parts once two findings in a row share it.
    const ranges = [[0, 5, 0, 9], [0, 12, 0, 20], [0, 30, 1, 2], [0, 40, 0, 41], [7, 1, 7, 3], [0, 50, 0, 52], [0, 60, 0, 61], [7, 2, 7, 4], [7, 9, 8, 0], [7, 10, 7, 11], [12, 0, 12, 1]];
    const diagnostics: Diagnostic[] = ranges.map(([line = 0, character = 0, endLine = 0, endCharacter = 0], index) => ({
      range: { start: { line, character }, end: { line: endLine, character: endCharacter } }, severity: 1, code: 'r', message: `finding ${index}`,
    }));
    const files = [FILE, FILE, 'other.837', FILE];
    for (const format of ['json', 'text'] as const) {
      const block = new FindingBlock(format);
      for (const file of files) block.add(file, diagnostics);
      const expected = files.flatMap((file) => diagnostics.map((one) => (format === 'json' ? JSON.stringify(toFinding(file, one)) : `${formatText(toFinding(file, one))}\n`)));
      assert.equal(Buffer.from(block.take().bytes).toString('utf8'), expected.join(format === 'json' ? ',\n' : ''), format);
    }
  });

  it('copies short and long parts made elsewhere, growing as it goes', function () {
    const parts = [1, 63, 64, 65, 500].map((length, index) => Buffer.from(String.fromCharCode(97 + index).repeat(length)));
    const out = new ByteBlock(8);
    for (const part of parts) out.bytes(part);
    assert.deepEqual(Buffer.from(out.take()), Buffer.concat(parts));
  });

  it('writes each message as JSON.stringify and formatText do when messages repeat, and past the messages it keeps', function () {
    // The rules share one string per distinct message, which the block escapes once; 5,000 distinct
    // messages overflow what it keeps, so the later ones are escaped after it was emptied.
    const repeated = messages.map(([, message]) => message);
    const many = Array.from({ length: 5000 }, (_, index) => `message ${index} "quoted"\n${repeated[index % repeated.length] ?? ''}`);
    const all = [...repeated, ...many, ...repeated, ...many.slice(0, 50), ...repeated];
    const diagnostics = all.map((message) => diagnostic(message));
    assert.equal(written('json', FILE, diagnostics), all.map((message) => JSON.stringify(finding(message))).join(',\n'));
    const text = new FindingBlock('text');
    text.add(FILE, diagnostics);
    // Compared as bytes, as the pipe encodes the text (a lone surrogate as U+FFFD).
    assert.deepEqual(Buffer.from(text.take().bytes), Buffer.from(all.map((message) => `${formatText(finding(message))}\n`).join('')));
  });

  it('puts a message with line breaks on one line in text output', function () {
    assert.equal(formatText(finding('first line\r\n  second line\nthird')), 'claims/batch.837:4:18 error code-not-billable first line second line third');
    assert.equal(formatText(finding('already one line')), 'claims/batch.837:4:18 error code-not-billable already one line');
  });

  /** Pieces of two files, one piece without findings, as the command line's loop hands them over. */
  const pieces: readonly (readonly [string, readonly Diagnostic[]])[] = [
    [FILE, [...messages.slice(0, 5).map(([, message]) => diagnostic(message, 'r', 2)), diagnostic('the same rule as an error', 'r', 1)]],
    [FILE, []],
    [FILE, messages.slice(5).map(([, message]) => diagnostic(message))],
    ['other "file".837', [diagnostic('in another file', 'x', 3)]],
  ];

  function bytesSink(): { sink: Sink; bytes: () => Buffer } {
    const chunks: Uint8Array[] = [];
    return { sink: { write: (chunk) => (chunks.push(chunk), true), once: () => undefined }, bytes: () => Buffer.concat(chunks) };
  }

  /** What the per-finding reporters (one `JSON.stringify` or `formatText` line per finding) write. */
  async function perFinding(format: OutputFormat): Promise<Buffer> {
    const { sink, bytes } = bytesSink();
    const reporter = format === 'json' ? createJsonReporter(sink) : createTextReporter(sink);
    for (const [file, diagnostics] of pieces) for (const one of diagnostics) await reporter.report(toFinding(file, one));
    await reporter.finish();
    return bytes();
  }

  for (const format of ['json', 'text'] as const) {
    it(`writes the same ${format} bytes from findings on this thread and from a worker's blocks, as the per-finding reporter`, async function () {
      const direct = bytesSink();
      const onThisThread = createBlockReporter(direct.sink, format);
      let sawError = false;
      for (const [file, diagnostics] of pieces) sawError = (await onThisThread.reportFindings(file, diagnostics)) || sawError;
      await onThisThread.finish();
      const fromBlocks = bytesSink();
      const fromWorker = createBlockReporter(fromBlocks.sink, format);
      const block = new FindingBlock(format);
      for (const [file, diagnostics] of pieces) {
        block.add(file, diagnostics);
        const { bytes, count } = block.take();
        await fromWorker.reportBlock(bytes, count);
      }
      await fromWorker.finish();
      const expected = await perFinding(format);
      assert.deepEqual(direct.bytes(), expected);
      assert.deepEqual(fromBlocks.bytes(), expected);
      assert.equal(sawError, true);
    });
  }

  it('writes an empty JSON array when nothing is found', async function () {
    const { sink, bytes } = bytesSink();
    const reporter = createBlockReporter(sink, 'json');
    await reporter.reportFindings(FILE, []);
    await reporter.reportBlock(new Uint8Array(0), 0);
    await reporter.finish();
    assert.equal(bytes().toString('utf8'), '[]\n');
  });
});
