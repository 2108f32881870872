import assert from 'node:assert/strict';
import { IdleWork } from '../../server/src/lsp/idleWork';
import type { Logger } from '../../server/src/lsp/log';
import { MemoryReleaser } from '../../server/src/lsp/memoryRelease';
import { nodeHostServices } from '../../server/src/lsp/nodeHost';
import { fakeTimers } from '../helpers/fakeTimers';

/**
 * When the binding asks for a full collection after large texts: only past the threshold, as idle
 * work (once the server has been quiet, never while a validation runs), and once per burst.
 */

const MIB = 1 << 20;
const options = { quietMs: 300, pauseMs: 10 };
const silent: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

function releaser(withCollector = true): { timers: ReturnType<typeof fakeTimers>; idleWork: IdleWork; memory: MemoryReleaser; collections: () => number } {
  const timers = fakeTimers();
  const idleWork = new IdleWork(timers.host, silent, options, () => timers.clock.now);
  let collections = 0;
  const memory = new MemoryReleaser(idleWork, withCollector ? () => collections++ : undefined);
  return { timers, idleWork, memory, collections: () => collections };
}

describe('memory release after large texts', function () {
  const cases: Array<{ title: string; owed: number[]; collections: number }> = [
    { title: 'keystrokes and small files never cause a collection', owed: [1, 1, 1, 64 * 1024, 200 * 1024], collections: 0 },
    { title: 'one large open causes one collection', owed: [20 * MIB], collections: 1 },
    { title: 'small texts that add up past the threshold cause one', owed: [MIB / 2, MIB / 2], collections: 1 },
    { title: 'several large texts in one burst cause one', owed: [20 * MIB, 20 * MIB, 5 * MIB], collections: 1 },
  ];
  for (const { title, owed, collections } of cases) {
    it(title, async function () {
      const { timers, memory, collections: counted } = releaser();
      for (const chars of owed) memory.owe(chars);
      await timers.advance(10 * options.quietMs);
      assert.equal(counted(), collections);
    });
  }

  it('waits until the server has been quiet, and owes nothing after it collected', async function () {
    const { timers, idleWork, memory, collections } = releaser();
    memory.owe(4 * MIB);
    idleWork.noteActivity();
    await timers.advance(options.quietMs - 1);
    assert.equal(collections(), 0, 'activity moves the collection back');
    await timers.advance(options.quietMs);
    assert.equal(collections(), 1);
    memory.owe(1);
    await timers.advance(10 * options.quietMs);
    assert.equal(collections(), 1, 'a keystroke after a collection owes nothing worth one');
  });

  it('never collects while a validation runs, and collects in the quiet after it', async function () {
    const { timers, idleWork, memory, collections } = releaser();
    let finish: () => void = () => undefined;
    const validation = idleWork.during(() => new Promise<void>((resolve) => { finish = resolve; }));
    memory.owe(20 * MIB);
    await timers.advance(10 * options.quietMs);
    assert.equal(collections(), 0);
    finish();
    await validation;
    await timers.advance(options.quietMs + options.pauseMs);
    assert.equal(collections(), 1);
  });

  it('does nothing on a platform that cannot collect', async function () {
    const { timers, idleWork, memory, collections } = releaser(false);
    memory.owe(20 * MIB);
    assert.equal(idleWork.has('release memory'), false);
    await timers.advance(10 * options.quietMs);
    assert.equal(collections(), 0);
  });

  it('finds V8 full collection on Node without a command-line flag', function () {
    assert.equal(typeof nodeHostServices.collectGarbage, 'function');
    nodeHostServices.collectGarbage?.();
  });
});
