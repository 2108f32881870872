import type { HostServices } from '../../server/src/lsp/host';

/** Timers and a clock that move only when a test fires them, so binding policies are tested without timing. */
export interface FakeTimers {
  readonly host: HostServices;
  readonly clock: { now: number };
  /** Runs the earliest pending timer (moving the clock to it) and lets its work finish; false when none is left. */
  fire(): Promise<boolean>;
  /** Fires every timer due within `ms` from now, then moves the clock to that time. */
  advance(ms: number): Promise<void>;
}

export function fakeTimers(extra: Partial<HostServices> = {}): FakeTimers {
  const clock = { now: 1_000 };
  let pending: Array<{ at: number; callback: () => void }> = [];
  const host: HostServices = {
    yieldToEventLoop: () => Promise.resolve(),
    setBackgroundTimer(callback, ms) {
      const timer = { at: clock.now + ms, callback };
      pending.push(timer);
      return () => {
        pending = pending.filter((each) => each !== timer);
      };
    },
    ...extra,
  };
  const settle = async (): Promise<void> => {
    // Work started by a timer (runSafe) finishes a few promise turns later.
    for (let turn = 0; turn < 10; turn++) await Promise.resolve();
  };
  const earliest = (): { at: number; callback: () => void } | undefined => [...pending].sort((a, b) => a.at - b.at)[0];
  return {
    host,
    clock,
    async fire() {
      const next = earliest();
      if (next === undefined) return false;
      pending = pending.filter((each) => each !== next);
      clock.now = Math.max(clock.now, next.at);
      next.callback();
      await settle();
      return true;
    },
    async advance(ms) {
      const until = clock.now + ms;
      for (let next = earliest(); next !== undefined && next.at <= until; next = earliest()) {
        pending = pending.filter((each) => each !== next);
        clock.now = Math.max(clock.now, next.at);
        next.callback();
        await settle();
      }
      clock.now = until;
    },
  };
}
