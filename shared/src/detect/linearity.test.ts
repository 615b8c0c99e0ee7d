import { describe, expect, it } from 'vitest';
import { adversarialInputs, labelledNumberInputs } from './adversarial';
import { createEngine } from './engine';
import { builtinRules } from './rules';
import { openWorkMeter } from './work-meter';

/**
 * Detection must do work linear in the text on every input, or one crafted prompt stalls the gateway for
 * everyone. The check counts work rather than timing it, so a loaded CI machine cannot fail it: every rule
 * runs (the whole engine) on each adversarial input at two sizes, with the text behind a work meter that
 * charges each character read, each string search by the span it covers and each regex call by the span it
 * matched or searched. Steps per character at the larger size must stay within a small factor of the smaller.
 *
 * The meter cannot see inside V8's regex engine (backtracking within one call, or how far a sticky match
 * read before failing). For that part alone a timed check remains, built to be machine-independent: the
 * fastest of several runs at each size, compared as a ratio, with a generous factor; quadratic backtracking
 * over 128 KB is far outside it, noise is not. It times CPU time, not the wall clock: on a loaded machine the
 * wall clock also counts the time other processes had the CPU, more of it the longer a run, which made linear
 * work look 4-12x slower per KB at the larger size.
 */
const SMALL = 16 * 1024;
const LARGE = 128 * 1024;
const SCALE = LARGE / SMALL;
/** Linear work gives 1.0 here; quadratic work gives SCALE. */
const MAX_STEPS_GROWTH = 1.25;
const MAX_TIME_GROWTH = 4;

const engine = createEngine(builtinRules);
const small = [...adversarialInputs(SMALL), ...labelledNumberInputs(SMALL)];
const large = [...adversarialInputs(LARGE), ...labelledNumberInputs(LARGE)];

function stepsFor(text: string): number {
  const meter = openWorkMeter(text);
  try {
    const metered = engine.detect(meter.text);
    // The meter must not change what is found, or it would be measuring something else.
    expect(metered).toEqual(engine.detect(text));
    return meter.steps;
  } finally {
    meter.close();
  }
}

describe('detection work is linear in the text', () => {
  small.forEach((input, index) => {
    it(`counts steps per character at ${LARGE / 1024} KB within ${MAX_STEPS_GROWTH}x of ${SMALL / 1024} KB: ${input.name}`, () => {
      const perCharSmall = stepsFor(input.text) / input.text.length;
      const perCharLarge = stepsFor(large[index]!.text) / large[index]!.text.length;
      expect(perCharLarge / perCharSmall).toBeLessThanOrEqual(MAX_STEPS_GROWTH);
    });
  });

  it(`keeps regex time per KB at ${LARGE / 1024} KB within ${MAX_TIME_GROWTH}x of ${SMALL / 1024} KB on every input`, () => {
    const slow: string[] = [];
    small.forEach((input, index) => {
      const bigger = large[index]!.text;
      for (let i = 0; i < 2; i++) engine.detect(input.text);
      const smallBest = fastest(() => engine.detect(input.text), 7);
      // Stops at the first run within bounds: the common case costs one run.
      const allowed = smallBest * SCALE * MAX_TIME_GROWTH;
      const largeBest = fastest(() => engine.detect(bigger), 7, allowed);
      if (largeBest > allowed) slow.push(`${input.name}: ${(largeBest / smallBest / SCALE).toFixed(1)}x per KB`);
    });
    expect(slow).toEqual([]);
  });
});

/** Past this much time on one measurement, more runs only delay the failure they will confirm. */
const GIVE_UP_MS = 2000;

/** Node's `process`, which this package's browser-safe types do not declare; tests run in Node. */
const { process: node } = globalThis as unknown as { process: { cpuUsage(): { user: number; system: number } } };

/** CPU time this process has used, in ms. */
function cpuMs(): number {
  const { user, system } = node.cpuUsage();
  return (user + system) / 1000;
}

/** The fastest of up to `runs` runs, in ms of CPU time; stops early once one is at or under `enough`. */
function fastest(run: () => unknown, runs: number, enough = 0): number {
  let best = Infinity;
  let spent = 0;
  for (let i = 0; i < runs && best > enough && spent < GIVE_UP_MS; i++) {
    const start = cpuMs();
    run();
    const took = cpuMs() - start;
    best = Math.min(best, took);
    spent += took;
  }
  return best;
}
