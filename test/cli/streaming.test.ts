import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createJsonReporter } from '../../server/src/cli/output';
import { PieceTooLargeError, readX12Pieces } from '../../server/src/cli/x12Pieces';
import type { Finding } from '../../server/src/cli/output';
import { build837 } from '../protocol/samples';
import type { ClaimSpec } from '../protocol/samples';

/**
 * Streaming at both ends: a large single interchange is checked in pieces with little memory, and the
 * JSON output is written finding by finding, waiting whenever the reader is slow.
 */

const repoRoot = path.resolve(__dirname, '..', '..');
const bin = process.env.ICD_CHECK_BIN ?? path.join(repoRoot, 'bin', 'icd-claim-check.js');

/** A sink that accepts `capacity` writes and then asks the writer to wait for `drain`. */
class SlowSink extends EventEmitter {
  readonly written: string[] = [];
  waiting = false;
  constructor(private readonly capacity: number) {
    super();
  }
  write(chunk: Uint8Array): boolean {
    this.written.push(Buffer.from(chunk).toString('utf8'));
    this.waiting = this.written.length % this.capacity === 0;
    return !this.waiting;
  }
}

function finding(index: number): Finding {
  const start = { line: index, character: index % 7 };
  return { file: 'f.837', range: { start, end: start }, severity: 'warning', rule: 'rule', message: `message ${index} ${'x'.repeat(2000)}` };
}

describe('streamed output and input', function () {
  it('writes the JSON array element by element and waits for the reader to drain', async function () {
    const sink = new SlowSink(2);
    const reporter = createJsonReporter(sink);
    let drainsNeeded = 0;
    for (let index = 0; index < 200; index++) {
      const reported = reporter.report(finding(index));
      if (sink.waiting) {
        // The reporter must not go on while the reader has not caught up.
        drainsNeeded++;
        let settled = false;
        void reported.then(() => (settled = true));
        await new Promise((resolve) => setImmediate(resolve));
        assert.equal(settled, false, 'report() resolved before the sink drained');
        sink.waiting = false;
        sink.emit('drain');
      }
      await reported;
    }
    await reporter.finish();
    assert.ok(drainsNeeded > 0 && sink.written.length > 2, 'the output should be written in several blocks');
    const parsed = JSON.parse(sink.written.join('')) as Finding[];
    assert.deepEqual(parsed.map((item) => item.range.start.line), Array.from({ length: 200 }, (_, index) => index));
  });

  it('cuts an interchange into pieces of bounded size that join back to the text', async function () {
    const claims: ClaimSpec[] = Array.from({ length: 300 }, (_, index) => ({ account: `PT${index}`, codes: ['C3491', 'C7801'] }));
    const text = build837(claims);
    async function* reads(): AsyncGenerator<string> {
      for (let offset = 0; offset < text.length; offset += 1000) yield text.slice(offset, offset + 1000);
    }
    const pieces: string[] = [];
    for await (const piece of readX12Pieces(reads(), { targetChars: 5000, maxPieceChars: 1 << 20 })) pieces.push(piece.text);
    assert.equal(pieces.join(''), text);
    assert.ok(pieces.length > 10, `expected many pieces, got ${pieces.length}`);
    // A claim here is about 250 characters, so no piece runs far past the target.
    for (const piece of pieces) assert.ok(piece.length < 5000 + 500, `a piece of ${piece.length} characters`);
  });

  it('refuses, with a clear error, text that runs past the piece limit without a claim boundary', async function () {
    const text = build837([{ account: 'PT1', codes: ['C3491'] }]).replace('N3*1 MAIN ST', `N3*${'A'.repeat(50_000)}`);
    async function* reads(): AsyncGenerator<string> {
      for (let offset = 0; offset < text.length; offset += 4096) yield text.slice(offset, offset + 4096);
    }
    await assert.rejects(async () => {
      for await (const piece of readX12Pieces(reads(), { targetChars: 1000, maxPieceChars: 20_000 })) assert.ok(piece.text.length <= 20_000);
    }, PieceTooLargeError);
  });

  it('checks a 30 MB single interchange in a 64 MB heap, findings in file order', async function () {
    this.timeout(120_000);
    const dir = mkdtempSync(path.join(tmpdir(), 'icd-large-'));
    try {
      const file = path.join(dir, 'large.837');
      const claims: ClaimSpec[] = [];
      for (let index = 0; index < 130_000; index++) {
        claims.push({ account: `PT${index}`, codes: index % 10 === 0 ? ['C7801'] : ['C3491', 'C7801', 'I10'] });
      }
      const out = createWriteStream(file);
      await new Promise<void>((resolve, reject) => out.end(build837(claims), (error?: Error | null) => (error ? reject(error) : resolve())));
      // The whole interchange parsed at once needs several times its size: far more than this heap.
      const run = spawnSync(process.execPath, ['--max-old-space-size=64', bin, '--json', file], {
        cwd: repoRoot, encoding: 'utf8', timeout: 110_000, maxBuffer: 256 * 1024 * 1024,
      });
      assert.equal(run.stderr, '');
      assert.equal(run.status, 0, 'secondary-without-primary is a warning');
      const findings = JSON.parse(run.stdout) as Finding[];
      assert.equal(findings.filter((item) => item.rule === 'secondary-without-primary').length, 13_000);
      for (let index = 1; index < findings.length; index++) {
        const before = (findings[index - 1] as Finding).range.start;
        const here = (findings[index] as Finding).range.start;
        assert.ok(before.line < here.line || (before.line === here.line && before.character <= here.character), `finding ${index} is out of order`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
