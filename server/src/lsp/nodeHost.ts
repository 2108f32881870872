import type { HostServices } from './host';

/** Node: `setImmediate` lets I/O callbacks run before the caller continues; timers are unref'd. */
export const nodeHostServices: HostServices = {
  yieldToEventLoop: () => new Promise((resolve) => setImmediate(resolve)),
  setBackgroundTimer(callback, ms) {
    const timer = setTimeout(callback, ms);
    timer.unref();
    return () => clearTimeout(timer);
  },
};
