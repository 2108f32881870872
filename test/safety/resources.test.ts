import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Diagnostic, DocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { LspTestClient, positionOf, repoRoot } from '../protocol/lspClient';
import { build837, secondaryOnlyClaim } from '../protocol/samples';
import { cpuMsOf, rssKb } from './processStats';

/**
 * Resource bounds: opening and closing 200 documents returns the server's memory to its baseline
 * (measured as VmRSS from /proc; the parse cache is bounded and forgets closed documents), and a
 * 60 MB file is refused politely by the server (VS Code does not sync files that large to
 * extensions) while the command line streams it.
 */

/** The server's heap limit in the 200-document test (MB); four rounds open about 4 × 200 × 100 kB of text. */
const heapLimitMb = 64;

/** A claim file of about `claims` claims, different per index so no two documents share a parse. */
function claimFile(index: number, claims: number): string {
  return build837(Array.from({ length: claims }, (_, claim) => ({ account: `D${index}C${claim}`, codes: claim % 2 === 0 ? ['C7801'] : ['C3491', 'C7801'] })), String(index).padStart(9, '0'));
}

describe('safety: resource bounds', function () {
  this.timeout(300_000);

  it('opening and closing 200 documents returns memory to its baseline', async function () {
    // A heap limit well below what four rounds of documents hold together: if closed documents (or
    // their parses) were kept, the server would run out of memory and exit.
    const client = LspTestClient.start({ execArgv: [`--max-old-space-size=${heapLimitMb}`] });
    try {
      await client.initialize();
      const pid = client.child.pid ?? 0;
      const cycle = async (round: number): Promise<number> => {
        const uris: string[] = [];
        for (let index = 0; index < 200; index++) {
          const uri = `file:///resources/round${round}/doc${index}.837`;
          uris.push(uri);
          const text = claimFile(index, 300);
          await client.open(uri, 'x12-837', text);
          const diagnostics: Diagnostic[] = await client.diagnostics(uri);
          assert.ok(diagnostics.length > 0);
          if (index % 20 === 0) await client.hover(uri, positionOf(text, 'C7801', 1));
        }
        const peak = rssKb(pid);
        for (const uri of uris) await client.close(uri);
        // Every closed document is forgotten: its requests get the neutral answer.
        assert.deepEqual(await client.diagnostics(uris[0] ?? ''), []);
        return peak;
      };
      const beforeAny = rssKb(pid);
      const firstPeak = await cycle(1);
      const afterFirst = rssKb(pid);
      const peaks = [firstPeak];
      const afterRounds = [afterFirst];
      for (let round = 2; round <= 4; round++) {
        peaks.push(await cycle(round));
        afterRounds.push(rssKb(pid));
      }
      assert.equal(client.child.exitCode, null, `the server exited: ${client.stderr().slice(-500)}`);
      console.log(`      heap limit ${heapLimitMb} MB; RSS before: ${Math.round(beforeAny / 1024)} MB; peak per round: ${peaks.map((kb) => Math.round(kb / 1024)).join(', ')} MB; after closing each round: ${afterRounds.map((kb) => Math.round(kb / 1024)).join(', ')} MB`);
      // The first round warms the heap up; later rounds of the same work must not keep growing.
      const last = afterRounds[afterRounds.length - 1] ?? 0;
      assert.ok(last <= afterFirst * 1.15 + 20 * 1024, `RSS grew from ${afterFirst} kB after round 1 to ${last} kB after round 4: documents are kept after close`);
      assert.ok(Math.max(...peaks) < 1024 * 1024, `peak RSS ${Math.max(...peaks)} kB`);
      await client.stop();
    } finally {
      client.kill();
    }
  });

  it('refuses a 60 MB document with one clear diagnostic instead of parsing it', async function () {
    const client = LspTestClient.start();
    try {
      await client.initialize();
      const uri = 'file:///resources/huge.837';
      const text = hugeClaimFile();
      await client.open(uri, 'x12-837', text);
      // A request answered after the open, so the server has read the 60 MB notification (and loaded its
      // code sets) before the pull's CPU time is counted.
      await client.request('icdClaimCoder/codeSetInfo', {});
      const pid = client.child.pid ?? 0;
      const cpuBefore = cpuMsOf(pid);
      const started = performance.now();
      const report = await client.request<DocumentDiagnosticReport & { items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } }, 60_000);
      const elapsed = performance.now() - started;
      const serverCpuMs = cpuMsOf(pid) - cpuBefore;
      console.log(`      60 MB document refused in ${elapsed.toFixed(0)} ms, ${serverCpuMs} ms of server CPU time`);
      // The refusal is bounded in the server's CPU time, not in wall time, which a shared host stretched
      // past a second. Reading 60 MB of claims costs the server seconds of CPU time; 250 ms leaves room
      // for answering and for the ticks (10 ms) in which Linux counts CPU time, and a user still gets
      // the refusal about as soon as the file opens.
      assert.ok(serverCpuMs <= 250, `the refusal took ${serverCpuMs} ms of server CPU time`);
      assert.equal(report.items.length, 1, `expected one diagnostic, got ${report.items.length}`);
      const [refusal] = report.items;
      assert.equal(refusal?.code, 'document-too-large');
      assert.match(refusal?.message ?? '', /^This file is 6\d MB, more than the 50 MB the editor checks, so it is not checked here; run icd-claim-check on it, which reads files of any size\.$/);
      // Nothing else parses it either: hover, completion and the outline answer neutrally.
      assert.equal(await client.hover(uri, positionOf(text, 'C7801', 1)), null);
      assert.deepEqual(await client.completion(uri, positionOf(text, 'C7801', 1)), []);
      assert.deepEqual(await client.documentSymbols(uri), []);
      // An ordinary document on the same server is still checked.
      const ordinary = 'file:///resources/ordinary.837';
      await client.open(ordinary, 'x12-837', secondaryOnlyClaim);
      assert.ok((await client.diagnostics(ordinary)).some((diagnostic) => diagnostic.code === 'secondary-without-primary'));
      await client.stop();
    } finally {
      client.kill();
    }
  });

  it('icd-claim-check streams a 60 MB file and reports its findings', function () {
    const dir = mkdtempSync(path.join(tmpdir(), 'icd-safety-huge-'));
    try {
      const file = path.join(dir, 'huge.837');
      writeFileSync(file, hugeClaimFile());
      const started = Date.now();
      const result = spawnSync(process.execPath, ['--max-old-space-size=512', path.join(repoRoot, 'bin', 'icd-claim-check.js'), file], {
        encoding: 'utf8', maxBuffer: 512 * 1024 * 1024,
      });
      const elapsed = Date.now() - started;
      assert.ok(result.status === 0 || result.status === 1, `exit ${result.status}: ${result.stderr.slice(0, 500)}`);
      const lines = result.stdout.split('\n').filter((line) => line.includes(' secondary-without-primary '));
      console.log(`      icd-claim-check on ${path.basename(file)}: ${lines.length} secondary-without-primary findings in ${elapsed} ms with a 512 MB heap limit`);
      assert.ok(lines.length > 50_000, `${lines.length} findings`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

let huge: string | undefined;

/** About 60 MB of claims, half of them with a secondary site only, in interchanges of 20,000 claims. */
function hugeClaimFile(): string {
  if (huge !== undefined) return huge;
  const parts: string[] = [];
  let length = 0;
  for (let interchange = 0; length < 60 * 1024 * 1024; interchange++) {
    const part = build837(Array.from({ length: 20_000 }, (_, claim) => ({ account: `H${interchange}C${claim}`, codes: claim % 2 === 0 ? ['C7801'] : ['C3491', 'C7801'] })), String(interchange + 1).padStart(9, '0'));
    parts.push(part);
    length += part.length;
  }
  huge = parts.join('');
  return huge;
}
