import assert from 'node:assert/strict';
import { IdleWork } from '../../server/src/lsp/idleWork';
import type { Logger } from '../../server/src/lsp/log';
import { fakeTimers } from '../helpers/fakeTimers';

/**
 * Work done between requests waits until the client has been quiet, runs in bounded steps in the order
 * it was added, drops a task that says it is done or that fails (logged with the file name only), and
 * stops when cleared. Timers and the clock are the test's own, so nothing here depends on timing.
 */

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

  it('runs no step while long work (a validation) is in progress, and steps in the quiet after it', async function () {
    const timers = fakeTimers();
    const work = new IdleWork(timers.host, recordingLogger(), options, () => timers.clock.now);
    let ran = false;
    work.add('task', { method: 'task' }, 1, () => (ran = true));
    let finish: () => void = () => undefined;
    const validation = work.during(() => new Promise<void>((resolve) => { finish = resolve; }));
    await timers.advance(10 * options.quietMs);
    assert.equal(ran, false, 'nothing ran during the validation');
    finish();
    await validation;
    const ended = timers.clock.now;
    await timers.advance(options.quietMs - 1);
    assert.equal(ran, false, 'nor right after it');
    await timers.advance(options.pauseMs + 1);
    assert.equal(ran, true);
    assert.ok(timers.clock.now - ended >= options.quietMs);
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

  it('runs a task added first (settling an edited text) before the others, and re-adding it keeps it first', async function () {
    const timers = fakeTimers();
    const work = new IdleWork(timers.host, recordingLogger(), options, () => timers.clock.now);
    const order: string[] = [];
    let prepareLeft = 2;
    work.add('prepare', { method: 'prepare' }, 1, () => { order.push('prepare'); return --prepareLeft === 0; });
    work.add('settle', { method: 'settle' }, 1, () => { order.push('settle'); return true; }, 'first');
    work.add('settle', { method: 'settle' }, 1, () => { order.push('settle again'); return true; }, 'first');
    while (await timers.fire());
    assert.deepEqual(order, ['settle again', 'prepare', 'prepare']);
  });
});
