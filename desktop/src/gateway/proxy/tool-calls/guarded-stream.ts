import type { SseEvent } from '../sse/sse-event';
import type { StreamTransform } from '../types';

/**
 * What a provider's tool-call guard makes of one event of the reply: events to send now, and, when a tool call
 * waits for an approver, the rest of it, to render once the decision is in.
 */
export interface GuardStep {
  events: SseEvent[];
  later?: Promise<() => SseEvent[]>;
}

/** A provider's tool-call guard on a stream: reads events in order, decides each tool call once it is complete. */
export interface StreamGuard {
  event(event: SseEvent): GuardStep;
  /** The upstream ended: tool calls still open are decided as they stand. */
  end(): GuardStep;
}

const END = Symbol('end');

/**
 * The reply pipeline's stream with a tool-call guard after it. Everything the pipeline lets out goes through the
 * guard in order; while an approver decides on a tool call, what comes after it waits here (the SSE relay
 * stops reading the upstream until `settled` resolves), so the client never sees events out of order.
 */
export function guardedStream(inner: StreamTransform, guard: StreamGuard): StreamTransform {
  let waiting: Promise<() => SseEvent[]> | undefined;
  const queued: Array<SseEvent | typeof END> = [];

  const feed = (items: Array<SseEvent | typeof END>): SseEvent[] => {
    const out: SseEvent[] = [];
    for (const item of items) {
      if (waiting) {
        queued.push(item);
        continue;
      }
      const step = item === END ? guard.end() : guard.event(item);
      out.push(...step.events);
      waiting = step.later;
    }
    return out;
  };

  return {
    event: (event) => feed(inner.event(event)),
    end: () => feed([...inner.end(), END]),
    release: () => feed(inner.release()),
    nextRelease: () => inner.nextRelease(),
    usage: () => inner.usage(),
    settled() {
      if (!waiting) return undefined;
      return (async () => {
        const out: SseEvent[] = [];
        while (waiting) {
          const render = await waiting;
          waiting = undefined;
          out.push(...render(), ...feed(queued.splice(0)));
        }
        return out;
      })();
    },
  };
}
