/**
 * Time for the reply pipeline's hold bound: when held text arrived, and a timer to send it once it waited too
 * long. Injected so tests move time by hand instead of waiting for it.
 */
export interface HoldClock {
  /** Milliseconds on a monotonic scale. */
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: HoldClock = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};
