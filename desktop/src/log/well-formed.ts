import type { PreparedEvent } from './event-input';

/** A lone UTF-16 surrogate: a high one not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

interface WellFormedString {
  toWellFormed?: () => string;
}

/**
 * Replaces lone surrogates with U+FFFD, as SQLite does when it stores the text as UTF-8. The hash chain must
 * hash exactly what SQLite keeps, or `verify` would report tampering at every event holding one. One
 * replaced code unit stays one code unit, so finding offsets do not move.
 */
export function wellFormedText(text: string): string {
  const native = (text as WellFormedString).toWellFormed;
  if (typeof native === 'function') return native.call(text);
  return text.replace(LONE_SURROGATE, '\ufffd');
}

/**
 * The text columns as SQLite will store them. The JSON columns need nothing: canonical JSON writes a lone
 * surrogate as a `\ud800` escape, which is plain ASCII.
 */
export function wellFormedEvent(event: PreparedEvent): PreparedEvent {
  return {
    ...event,
    source: wellFormedText(event.source),
    conversationId: event.conversationId === null ? null : wellFormedText(event.conversationId),
    requester: event.requester === null ? null : wellFormedText(event.requester),
    masked_text: wellFormedText(event.masked_text),
  };
}
