import type { SseEvent } from './sse-event';

/** Most text one event may take before the stream is refused: no provider sends single events near this. */
export const MAX_EVENT_CHARS = 16 * 1024 * 1024;

export class SseTooLargeError extends Error {
  readonly code = 'sse_event_too_large';
}

/**
 * Splits decoded SSE text into events as it arrives, whatever the chunking: an event split over many network
 * reads, or many events in one. Line endings are normalised to `\n` (the format allows `\r\n` and `\r`).
 */
export class SseParser {
  #buffer = '';
  #pendingCr = false;

  push(text: string): SseEvent[] {
    let chunk = text;
    // A `\r\n` split between two reads must not count as two line breaks.
    if (this.#pendingCr && chunk.startsWith('\n')) chunk = chunk.slice(1);
    this.#pendingCr = chunk.endsWith('\r');
    this.#buffer += chunk.includes('\r') ? chunk.replace(/\r\n?/g, '\n') : chunk;
    const events: SseEvent[] = [];
    let boundary = this.#buffer.indexOf('\n\n');
    while (boundary !== -1) {
      const block = this.#buffer.slice(0, boundary);
      this.#buffer = this.#buffer.slice(boundary + 2);
      if (block.length > 0) events.push(parseBlock(block));
      boundary = this.#buffer.indexOf('\n\n');
    }
    if (this.#buffer.length > MAX_EVENT_CHARS) throw new SseTooLargeError(`an event is larger than ${MAX_EVENT_CHARS} characters`);
    return events;
  }

  /** The stream ended: a last event without its blank line still counts, as browsers treat it. */
  end(): SseEvent[] {
    const block = this.#buffer.replace(/\n+$/, '');
    this.#buffer = '';
    return block.length > 0 ? [parseBlock(block)] : [];
  }
}

function parseBlock(block: string): SseEvent {
  const event: SseEvent = { data: '', raw: block };
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') data.push(value);
    else if (field === 'event') event.event = value;
    else if (field === 'id') event.id = value;
  }
  event.data = data.join('\n');
  return event;
}
