/**
 * What the binding needs from the platform it runs on, besides the connection: yielding to queued
 * messages and background timers. The server gets one of these injected, so the shared binding code
 * names no Node-only API (`setImmediate`, `Timeout.unref`) and the same code can run in a web worker.
 */
export interface HostServices {
  /** Resolves after the messages that queued up while the caller held the thread have had a turn. */
  yieldToEventLoop(): Promise<void>;
  /**
   * Runs `callback` once after `ms`, as background work: a pending timer must not keep the process
   * alive once the connection has ended. Returns a function that cancels the timer.
   */
  setBackgroundTimer(callback: () => void, ms: number): () => void;
  /**
   * Runs a full garbage collection now, where the platform allows it (Node); absent elsewhere. The
   * binding calls it once the server is quiet after a large text arrived (see `memoryRelease.ts`).
   */
  readonly collectGarbage?: () => void;
}
