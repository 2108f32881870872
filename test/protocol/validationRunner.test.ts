import * as assert from 'node:assert/strict';
import { CancellationTokenSource, LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';
import type { Diagnostic } from 'vscode-languageserver/node';
import { ValidationRunner } from '../../server/src/lsp/validationRunner';
import type { ValidationRun } from '../../server/src/service/languageService';

/**
 * The binding's sliced validation with a scripted run and a clock that makes every step a full slice,
 * so the interleaving is deterministic: other work runs between steps, a cancellation stops the run
 * at the next slice with RequestCancelled, an edit with ServerCancelled (retrigger). (The document's
 * host keeps the finished run for the next one: test/service/features/incrementalValidation.test.ts.)
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
    finished: () => undefined,
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
    const runner = new ValidationRunner(slowClock());
    const run = scriptedRun(1000);
    const seen: number[] = [];
    const interleave = (): void => {
      seen.push(run.checked);
      if (!run.done) setImmediate(interleave);
    };
    setImmediate(interleave);
    const diagnostics = await runner.run({ run: run, isStale: () => false });
    assert.equal(diagnostics.length, 1000);
    assert.ok(seen.some((checked) => checked > 0 && checked < 1000), `other work ran only at ${seen.join(', ')}`);
  });

  it('stops at the next slice with RequestCancelled when the token is cancelled', async () => {
    const runner = new ValidationRunner(slowClock());
    const run = scriptedRun(1_000_000);
    const source = new CancellationTokenSource();
    setImmediate(() => source.cancel());
    await assert.rejects(runner.run({ run: run, token: source.token, isStale: () => false }), (error) => codeOf(error) === LSPErrorCodes.RequestCancelled);
    assert.ok(run.steps <= 3, `the run went on for ${run.steps} steps after the cancel`);
  });

  it('stops with ServerCancelled when the document changes during the run', async () => {
    const runner = new ValidationRunner(slowClock());
    let version = 1;
    setImmediate(() => { version = 2; });
    await assert.rejects(runner.run({ run: scriptedRun(1_000_000), isStale: () => version !== 1 }), (error) => codeOf(error) === LSPErrorCodes.ServerCancelled);
  });
});
