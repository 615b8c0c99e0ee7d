import type { SseEvent } from '../sse/sse-event';
import type { GuardStep } from './guarded-stream';
import type { ToolCallVerdict } from './tool-call-gate';

/**
 * The verdicts of a reply's tool calls, then `render`: at once when all were decided at once (allow, block),
 * else once the last approver has answered. Most replies never wait.
 */
export function whenDecided<R>(verdicts: Array<ToolCallVerdict | Promise<ToolCallVerdict>>, render: (verdicts: ToolCallVerdict[]) => R): R | Promise<R> {
  if (verdicts.every((verdict) => !(verdict instanceof Promise))) return render(verdicts as ToolCallVerdict[]);
  return Promise.all(verdicts.map((verdict) => Promise.resolve(verdict))).then(render);
}

/** `whenDecided` for a stream: events now, or events to render once decided. */
export function stepWhenDecided(verdicts: Array<ToolCallVerdict | Promise<ToolCallVerdict>>, render: (verdicts: ToolCallVerdict[]) => SseEvent[]): GuardStep {
  const result = whenDecided(verdicts, (decided) => () => render(decided));
  return result instanceof Promise ? { events: [], later: result } : { events: result() };
}

/** A step that sends `events` as they are. */
export const pass = (...events: SseEvent[]): GuardStep => ({ events });

/** Steps in order: once one waits, the events of those after it wait with it. */
export function combine(steps: GuardStep[]): GuardStep {
  const events: SseEvent[] = [];
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    events.push(...step.events);
    if (!step.later) continue;
    const rest = combine(steps.slice(i + 1));
    const later = step.later.then(async (render) => {
      const renderRest = rest.later ? await rest.later : () => [];
      return () => [...render(), ...rest.events, ...renderRest()];
    });
    return { events, later };
  }
  return { events };
}
