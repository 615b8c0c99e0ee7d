import type { EventInput } from './types';

/** A step back smaller than this is ordinary clock slewing, not worth a flag. */
export const CLOCK_STEP_TOLERANCE_MS = 1000;

/**
 * Notices the log's clock going backwards. Events keep the time the clock gave them (a log must not invent
 * times), and order comes from the sequence, never from `at`; the first event stamped after a step back
 * carries `detail.clockStepBackMs`, so a reader sees why its time is earlier than the event before it.
 */
export class ClockStepDetector {
  #last: number | undefined;

  /** `lastAt`: the newest event's time, so a step back across a restart is noticed too. */
  constructor(lastAt: number | undefined) {
    this.#last = lastAt;
  }

  /** The input stamped with the clock's time, flagged if the clock went back since the last stamp. */
  stamp(input: EventInput, now: number): EventInput {
    // A caller that gives its own time is not reading this clock.
    if (input.at !== undefined) return input;
    const last = this.#last;
    this.#last = now;
    if (last === undefined || now >= last - CLOCK_STEP_TOLERANCE_MS) return { ...input, at: now };
    return { ...input, at: now, detail: { ...input.detail, clockStepBackMs: last - now } };
  }
}
