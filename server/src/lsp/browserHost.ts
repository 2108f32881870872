import type { HostServices } from './host';

/**
 * Web workers: a zero-delay `setTimeout` is a macrotask, so messages posted to the worker are
 * handled before it runs (a resolved promise would not let them in). A worker ends with its page,
 * so a timer needs no unref.
 */
export const browserHostServices: HostServices = {
  yieldToEventLoop: () => new Promise((resolve) => setTimeout(resolve, 0)),
  setBackgroundTimer(callback, ms) {
    const timer = setTimeout(callback, ms);
    return () => clearTimeout(timer);
  },
};
