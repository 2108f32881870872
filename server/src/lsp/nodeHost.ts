import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { HostServices } from './host';

/**
 * V8's full collection, made reachable without a command-line flag: a context created while
 * `--expose-gc` is set gets a `gc` function (the server's own context does not). The server calls it
 * only when it is quiet after a large text arrived (`memoryRelease.ts`), because the garbage the
 * JSON-RPC transport leaves behind is otherwise held until V8's memory reducer runs, long after. An
 * engine without the flag reports it on stderr and carries on without collecting.
 */
function fullCollection(): (() => void) | undefined {
  const own = (globalThis as { gc?: unknown }).gc;
  if (typeof own === 'function') return own as () => void;
  setFlagsFromString('--expose-gc');
  const gc: unknown = runInNewContext('typeof gc === "function" ? gc : undefined');
  return typeof gc === 'function' ? (gc as () => void) : undefined;
}

const collect = fullCollection();

/** Node: `setImmediate` lets I/O callbacks run before the caller continues; timers are unref'd. */
export const nodeHostServices: HostServices = {
  yieldToEventLoop: () => new Promise((resolve) => setImmediate(resolve)),
  setBackgroundTimer(callback, ms) {
    const timer = setTimeout(callback, ms);
    timer.unref();
    return () => clearTimeout(timer);
  },
  ...(collect === undefined ? {} : { collectGarbage: collect }),
};
