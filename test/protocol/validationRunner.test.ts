import * as assert from 'node:assert/strict';
import { CancellationTokenSource, LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';
import type { Diagnostic } from 'vscode-languageserver/node';
import { ValidationRunner } from '../../server/src/lsp/validationRunner';
import type { ValidationRun } from '../../server/src/service/languageService';

/**
 * The binding's sliced validation with a scripted run and a clock that makes every step a full slice,
 * so the interleaving is deterministic: other work runs between steps, a cancellation stops the run
 * at the next slice with RequestCancelled, an edit with ServerCancelled (retrigger), and finished
 * runs are handed to the next validation of the same document.
 */

/** A run of `total` encounters that checks `stepSize` per step and reports one diagnostic per encounter. */
function scriptedRun(total: number): ValidationRun & { readonly steps: number } {
  let checked = 0;
  let steps = 0;
  return {
    get done() { return checked >= total; },
    get checked() { return checked; },
    total,
    reused: 0,
    get steps() { return steps; },
    step(maxEncounters: number): boolean {
      steps++;
      checked = Math.min(total, checked + maxEncounters);
      return checked >= total;
    },
    diagnostics(): Diagnostic[] {
      return Array.from({ length: checked }, (_, line) => ({ range: { start: { line, character: 0 }, end: { line, character: 1 } }, message: 'x' }));
    },
  };
}

/** A clock that advances a whole slice per reading, so the runner yields after every step. */
function slowClock(): () => number {
  let now = 0;
  return () => (now += 1000);
}

function codeOf(error: unknown): number | undefined {
  return error instanceof ResponseError ? error.code : undefined;
}

describe('binding: ValidationRunner', () => {
  it('lets other work run between slices and finishes with every diagnostic', async () => {
    const runner = new ValidationRunner(10, slowClock());
    const run = scriptedRun(1000);
    const seen: number[] = [];
    const interleave = (): void => {
      seen.push(run.checked);
      if (!run.done) setImmediate(interleave);
    };
    setImmediate(interleave);
    const diagnostics = await runner.run({ uri: 'file:///a.837', start: () => run, isStale: () => false });
    assert.equal(diagnostics.length, 1000);
    assert.ok(seen.some((checked) => checked > 0 && checked < 1000), `other work ran only at ${seen.join(', ')}`);
  });

  it('stops at the next slice with RequestCancelled when the token is cancelled', async () => {
    const runner = new ValidationRunner(10, slowClock());
    const run = scriptedRun(1_000_000);
    const source = new CancellationTokenSource();
    setImmediate(() => source.cancel());
    await assert.rejects(runner.run({ uri: 'file:///b.837', start: () => run, token: source.token, isStale: () => false }), (error) => codeOf(error) === LSPErrorCodes.RequestCancelled);
    assert.ok(run.steps <= 3, `the run went on for ${run.steps} steps after the cancel`);
  });

  it('stops with ServerCancelled when the document changes during the run', async () => {
    const runner = new ValidationRunner(10, slowClock());
    let version = 1;
    setImmediate(() => { version = 2; });
    await assert.rejects(runner.run({ uri: 'file:///c.837', start: () => scriptedRun(1_000_000), isStale: () => version !== 1 }), (error) => codeOf(error) === LSPErrorCodes.ServerCancelled);
  });

  it('hands the last finished run of a document to the next one, keeps at most `capacity` and forgets on request', async () => {
    const runner = new ValidationRunner(2, slowClock());
    const first = scriptedRun(10);
    await runner.run({ uri: 'file:///d.837', start: () => first, isStale: () => false });
    let handed: ValidationRun | undefined;
    await runner.run({ uri: 'file:///d.837', start: (previous) => { handed = previous; return scriptedRun(10); }, isStale: () => false });
    assert.equal(handed, first);
    await runner.run({ uri: 'file:///e.837', start: () => scriptedRun(1), isStale: () => false });
    await runner.run({ uri: 'file:///f.837', start: () => scriptedRun(1), isStale: () => false });
    await runner.run({ uri: 'file:///d.837', start: (previous) => { handed = previous; return scriptedRun(1); }, isStale: () => false });
    assert.equal(handed, undefined, 'the oldest document was evicted');
    runner.forget('file:///d.837');
    await runner.run({ uri: 'file:///d.837', start: (previous) => { handed = previous; return scriptedRun(1); }, isStale: () => false });
    assert.equal(handed, undefined);
  });
});
