import type { HoldClock } from '../reply/hold-clock';

export interface ManualClock extends HoldClock {
  /** Moves time on and runs the timers that came due, in order. */
  advance(ms: number): void;
}

/** A hold clock that moves only when a test says so: held text is never sent early because a machine was slow. */
export function manualClock(): ManualClock {
  let time = 0;
  let nextId = 0;
  const timers = new Map<number, { at: number; callback: () => void }>();
  return {
    now: () => time,
    setTimeout(callback, ms) {
      const id = nextId++;
      timers.set(id, { at: time + ms, callback });
      return id;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    advance(ms) {
      const until = time + ms;
      for (;;) {
        const due = [...timers].filter(([, timer]) => timer.at <= until).sort(([, a], [, b]) => a.at - b.at)[0];
        if (!due) break;
        timers.delete(due[0]);
        time = Math.max(time, due[1].at);
        due[1].callback();
      }
      time = until;
    },
  };
}
