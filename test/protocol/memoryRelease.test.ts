import assert from 'node:assert/strict';
import type { HostServices } from '../../server/src/lsp/host';
import { MemoryReleaser } from '../../server/src/lsp/memoryRelease';
import { nodeHostServices } from '../../server/src/lsp/nodeHost';

/**
 * When the binding asks for a full collection after a large text arrived: only past the threshold, once
 * the server has been quiet for the pause, never while a validation runs, and once per burst.
 */

const MIB = 1 << 20;
const QUIET_MS = 250;

/** A host whose timers run only when the test advances its clock, and which counts collections. */
function manualHost(withCollector = true): HostServices & { collections: number; advance(ms: number): void } {
  let now = 0;
  let timers: Array<{ at: number; callback: () => void }> = [];
  const host = {
    collections: 0,
    yieldToEventLoop: () => Promise.resolve(),
    setBackgroundTimer(callback: () => void, ms: number) {
      const timer = { at: now + ms, callback };
      timers.push(timer);
      return () => {
        timers = timers.filter((other) => other !== timer);
      };
    },
    advance(ms: number) {
      now += ms;
      for (const timer of timers.filter((candidate) => candidate.at <= now)) {
        timers = timers.filter((other) => other !== timer);
        timer.callback();
      }
    },
  };
  return withCollector ? Object.assign(host, { collectGarbage: () => host.collections++ }) : host;
}

describe('memory release after large texts', function () {
  const cases: Array<{ title: string; received: number[]; collections: number }> = [
    { title: 'keystrokes and small files never cause a collection', received: [1, 1, 1, 64 * 1024, 200 * 1024], collections: 0 },
    { title: 'one large open causes one collection', received: [20 * MIB], collections: 1 },
    { title: 'small texts that add up past the threshold cause one', received: [MIB / 2, MIB / 2], collections: 1 },
  ];
  for (const { title, received, collections } of cases) {
    it(title, function () {
      const host = manualHost();
      const releaser = new MemoryReleaser(host, QUIET_MS);
      for (const chars of received) releaser.owe(chars);
      host.advance(QUIET_MS);
      host.advance(10 * QUIET_MS);
      assert.equal(host.collections, collections);
    });
  }

  it('waits until the server has been quiet for the pause', function () {
    const host = manualHost();
    const releaser = new MemoryReleaser(host, QUIET_MS);
    releaser.owe(4 * MIB);
    host.advance(QUIET_MS - 1);
    releaser.postpone();
    host.advance(QUIET_MS - 1);
    assert.equal(host.collections, 0, 'activity within the pause moves the collection back');
    host.advance(1);
    assert.equal(host.collections, 1);
    releaser.postpone();
    host.advance(10 * QUIET_MS);
    assert.equal(host.collections, 1, 'activity after a collection owes nothing');
  });

  it('never collects while a validation runs, and collects in the quiet after it', async function () {
    const host = manualHost();
    const releaser = new MemoryReleaser(host, QUIET_MS);
    releaser.owe(4 * MIB);
    let finish: () => void = () => undefined;
    const validation = releaser.during(() => new Promise<void>((resolve) => {
      finish = resolve;
    }));
    host.advance(10 * QUIET_MS);
    assert.equal(host.collections, 0);
    finish();
    await validation;
    host.advance(QUIET_MS - 1);
    assert.equal(host.collections, 0);
    host.advance(1);
    assert.equal(host.collections, 1);
  });

  it('does nothing on a platform that cannot collect', function () {
    const host = manualHost(false);
    const releaser = new MemoryReleaser(host, QUIET_MS);
    releaser.owe(20 * MIB);
    host.advance(10 * QUIET_MS);
    assert.equal(host.collections, 0);
  });

  it('finds V8 full collection on Node without a command-line flag', function () {
    assert.equal(typeof nodeHostServices.collectGarbage, 'function');
    nodeHostServices.collectGarbage?.();
  });
});
