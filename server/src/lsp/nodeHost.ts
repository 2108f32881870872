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
  let gc: unknown = (globalThis as { gc?: unknown }).gc;
  if (typeof gc !== 'function') {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('typeof gc === "function" ? gc : undefined');
  }
  if (typeof gc !== 'function') return undefined;
  const collect = gc as () => void;
  // Two in a row: right after a large document was closed, one collection was seen to leave its text
  // and parse alive (V8 may finish a marking begun while they were in use); the second frees them.
  return () => {
    collect();
    collect();
  };
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
