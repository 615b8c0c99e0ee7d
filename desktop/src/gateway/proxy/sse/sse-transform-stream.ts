import { Transform, type TransformCallback } from 'node:stream';
import { systemClock, type HoldClock } from '../reply/hold-clock';
import type { StreamTransform } from '../types';
import { serializeSse, type SseEvent } from './sse-event';
import { SseParser } from './sse-parser';

export interface SseTransformOptions {
  /** Runs once the upstream ended and the last events are known, before they are written. */
  beforeEnd?: () => void;
  /** The clock the reply's hold bound runs on (the reply pipeline's own). */
  clock?: HoldClock;
}

/**
 * A byte stream transform for an SSE response: decode (UTF-8, multi-byte characters split across reads are
 * kept whole), parse events, let the provider's transform rewrite them, write them out at once. Nothing is
 * buffered beyond the event being parsed and the text the reply pipeline holds back, and that only until the
 * hold bound: a timer sends it when the upstream has not completed it by then.
 */
export function sseTransformStream(transform: StreamTransform, options: SseTransformOptions = {}): Transform {
  const clock = options.clock ?? systemClock;
  const decoder = new TextDecoder('utf-8');
  const parser = new SseParser();
  let timer: unknown;
  let timerAt = Infinity;
  let ended = false;

  const write = (stream: Transform, events: SseEvent[]) => {
    let out = '';
    for (const event of events) out += serializeSse(event);
    if (out) stream.push(out);
  };
  const disarm = () => {
    if (timer !== undefined) clock.clearTimeout(timer);
    timer = undefined;
    timerAt = Infinity;
  };
  // One timer for the earliest hold; a later one is looked at when it fires, so most events touch no timer.
  const arm = (stream: Transform) => {
    const at = transform.nextRelease();
    if (at === undefined || at >= timerAt) return;
    disarm();
    timerAt = at;
    timer = clock.setTimeout(
      () => {
        timer = undefined;
        timerAt = Infinity;
        if (ended) return;
        try {
          write(stream, transform.release());
          arm(stream);
        } catch (error) {
          stream.destroy(error as Error);
        }
      },
      Math.max(0, at - clock.now()),
    );
  };

  return new Transform({
    transform(this: Transform, chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      try {
        for (const event of parser.push(decoder.decode(chunk, { stream: true }))) write(this, transform.event(event));
        const waiting = transform.settled?.();
        if (!waiting) {
          arm(this);
          return callback();
        }
        waiting.then(
          (events) => {
            write(this, events);
            arm(this);
            callback();
          },
          (error: unknown) => callback(error as Error),
        );
      } catch (error) {
        callback(error as Error);
      }
    },
    flush(this: Transform, callback: TransformCallback) {
      ended = true;
      disarm();
      try {
        const last = [...parser.push(decoder.decode()), ...parser.end()].flatMap((event) => transform.event(event));
        last.push(...transform.end());
        const finish = (more: SseEvent[]) => {
          options.beforeEnd?.();
          write(this, [...last, ...more]);
          callback();
        };
        const waiting = transform.settled?.();
        if (!waiting) return finish([]);
        waiting.then(finish, (error: unknown) => callback(error as Error));
      } catch (error) {
        callback(error as Error);
      }
    },
    destroy(error, callback) {
      ended = true;
      disarm();
      callback(error);
    },
  });
}
