import assert from 'node:assert/strict';
import type { HostServices } from '../../server/src/lsp/host';
import { IdleWork } from '../../server/src/lsp/idleWork';
import type { Logger } from '../../server/src/lsp/log';

/**
 * Work done between requests waits until the client has been quiet, runs in bounded steps in the order
 * it was added, drops a task that says it is done or that fails (logged with the file name only), and
 * stops when cleared. Timers and the clock are the test's own, so nothing here depends on timing.
 */

interface FakeTimers {
  readonly host: HostServices;
  readonly clock: { now: number };
  /** Runs the earliest pending timer (moving the clock to it) and waits for its work; false when none is left. */
  fire(): Promise<boolean>;
}

function fakeTimers(): FakeTimers {
  const clock = { now: 1_000 };
  let pending: Array<{ at: number; callback: () => void }> = [];
  const host: HostServices = {
    yieldToEventLoop: () => Promise.resolve(),
    setBackgroundTimer(callback, ms) {
      const timer = { at: clock.now + ms, callback };
      pending.push(timer);
      return () => { pending = pending.filter((each) => each !== timer); };
    },
  };
  return {
    host,
    clock,
    async fire() {
      const next = [...pending].sort((a, b) => a.at - b.at)[0];
      if (next === undefined) return false;
      pending = pending.filter((each) => each !== next);
      clock.now = Math.max(clock.now, next.at);
      next.callback();
      // The step runs inside runSafe, a few promise turns later.
      for (let turn = 0; turn < 10; turn++) await Promise.resolve();
      return true;
    },
  };
}

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (line) => lines.push(line), warn: (line) => lines.push(line), error: (line) => lines.push(line) };
}

const options = { quietMs: 300, pauseMs: 10 };

describe('idle work', function () {
  it('waits until the client has been quiet, then steps each task with its budget, in order, until it is done', async function () {
    const timers = fakeTimers();
    const work = new IdleWork(timers.host, recordingLogger(), options, () => timers.clock.now);
    const steps: string[] = [];
    let firstLeft = 3;
    work.add('first', { method: 'first' }, 2, (budget) => { steps.push(`first ${budget} at ${timers.clock.now}`); return --firstLeft === 0; });
    work.add('second', { method: 'second' }, 5, (budget) => { steps.push(`second ${budget} at ${timers.clock.now}`); return true; });
    work.noteActivity();
    while (await timers.fire());
    assert.deepEqual(steps, ['first 2 at 1300', 'first 2 at 1310', 'first 2 at 1320', 'second 5 at 1330']);
    assert.equal(work.has('first'), false);
    assert.equal(work.has('second'), false);
  });

  it('lets activity in between put the next step off until the client is quiet again', async function () {
    const timers = fakeTimers();
    const work = new IdleWork(timers.host, recordingLogger(), options, () => timers.clock.now);
    const steps: number[] = [];
    let left = 2;
    work.add('task', { method: 'task' }, 1, () => { steps.push(timers.clock.now); return --left === 0; });
    await timers.fire();
    assert.deepEqual(steps, [1010], 'nothing was asked yet: the first step runs after the pause');
    work.noteActivity();
    while (await timers.fire());
    assert.deepEqual(steps, [1010, 1310], 'the second step waited 300 ms after the activity');
  });

  it('drops a failing task after logging it by file name, and keeps running the others', async function () {
    const timers = fakeTimers();
    const logger = recordingLogger();
    const work = new IdleWork(timers.host, logger, options, () => timers.clock.now);
    let ranAfter = false;
    work.add('bad', { method: 'prepareHovers', uri: 'file:///claims/DOE%20JANE.837' }, 1, () => { throw new Error('HI*ABK:C7800 of DOE JANE'); });
    work.add('good', { method: 'prepare' }, 1, () => { ranAfter = true; return true; });
    while (await timers.fire());
    assert.equal(ranAfter, true);
    assert.equal(work.has('bad'), false);
    assert.equal(logger.lines.length, 1);
    assert.match(logger.lines[0] ?? '', /^prepareHovers DOE JANE\.837 failed/);
    assert.ok(!(logger.lines[0] ?? '').includes('C7800'), 'no document text in the log');
  });

  it('runs nothing once cleared, and a removed task never runs', async function () {
    const timers = fakeTimers();
    const work = new IdleWork(timers.host, recordingLogger(), options, () => timers.clock.now);
    let ran = 0;
    work.add('a', { method: 'a' }, 1, () => { ran++; return false; });
    work.add('b', { method: 'b' }, 1, () => { ran++; return false; });
    work.remove('a');
    await timers.fire();
    assert.equal(ran, 1, 'only b ran');
    work.clear();
    assert.equal(await timers.fire(), false, 'no timer is left');
    assert.equal(ran, 1);
  });
});
