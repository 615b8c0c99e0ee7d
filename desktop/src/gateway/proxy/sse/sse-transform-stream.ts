import { Transform, type TransformCallback } from 'node:stream';
import type { StreamTransform } from '../types';
import { serializeSse } from './sse-event';
import { SseParser } from './sse-parser';

/**
 * A byte stream transform for an SSE response: decode (UTF-8, multi-byte characters split across reads are
 * kept whole), parse events, let the provider's transform rewrite them, write them out at once. Nothing is
 * buffered beyond the event being parsed and the text the reply pipeline holds back. `beforeEnd` runs once
 * the upstream ended and the last events are known, before they are written.
 */
export function sseTransformStream(transform: StreamTransform, beforeEnd?: () => void): Transform {
  const decoder = new TextDecoder('utf-8');
  const parser = new SseParser();
  const write = (stream: Transform, events: ReturnType<StreamTransform['event']>) => {
    let out = '';
    for (const event of events) out += serializeSse(event);
    if (out) stream.push(out);
  };
  return new Transform({
    transform(this: Transform, chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      try {
        for (const event of parser.push(decoder.decode(chunk, { stream: true }))) write(this, transform.event(event));
        callback();
      } catch (error) {
        callback(error as Error);
      }
    },
    flush(this: Transform, callback: TransformCallback) {
      try {
        const last = [...parser.push(decoder.decode()), ...parser.end()].flatMap((event) => transform.event(event));
        last.push(...transform.end());
        beforeEnd?.();
        write(this, last);
        callback();
      } catch (error) {
        callback(error as Error);
      }
    },
  });
}
