import { isRecord } from '../json-text';
/** One server-sent event: its name, data and id. `raw` keeps the received text for events passed on unchanged. */
export interface SseEvent {
  event?: string;
  data: string;
  id?: string;
  /** The block as received (without the blank line that ended it); dropped once the event is rewritten. */
  raw?: string;
}

/** The same event with new data: name and id kept, the received text forgotten. */
export function withData(event: SseEvent, data: string): SseEvent {
  return { ...(event.event === undefined ? {} : { event: event.event }), ...(event.id === undefined ? {} : { id: event.id }), data };
}

/** Wire form of an event, blank line included. A rewritten event is written in the order providers use. */
export function serializeSse(event: SseEvent): string {
  if (event.raw !== undefined) return `${event.raw}\n\n`;
  let out = '';
  if (event.event !== undefined) out += `event: ${event.event}\n`;
  for (const line of event.data.split('\n')) out += `data: ${line}\n`;
  if (event.id !== undefined) out += `id: ${event.id}\n`;
  return out + '\n';
}

/**
 * The event's data as a JSON object, or undefined when it is not one (`[DONE]`, a comment-like payload, or
 * something a provider added): adapters pass such events on unchanged.
 */
export function jsonPayload(event: SseEvent): Record<string, unknown> | undefined {
  let payload: unknown;
  try {
    payload = JSON.parse(event.data);
  } catch {
    return undefined;
  }
  return isRecord(payload) ? payload : undefined;
}
