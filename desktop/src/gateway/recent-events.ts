import type { Action } from '@promptgate/shared';

/** What a later call about an inspection (the person's choice after a warning) needs to know about it. */
export interface InspectedEvent {
  requester: string;
  site: string;
  conversationId: string;
  verdict: Action;
  allowSendOriginal: boolean;
  requireJustification: boolean;
  choiceMade: boolean;
}

/**
 * The last inspections by event id, in memory and bounded: a choice arrives seconds after its warning,
 * and one that comes after a restart or after thousands of other prompts is refused as unknown.
 */
export class RecentEvents {
  readonly #events = new Map<string, InspectedEvent>();
  constructor(readonly capacity = 10_000) {}

  add(eventId: string, event: InspectedEvent): void {
    this.#events.set(eventId, event);
    if (this.#events.size > this.capacity) this.#events.delete(this.#events.keys().next().value!);
  }

  get(eventId: string): InspectedEvent | undefined {
    return this.#events.get(eventId);
  }
}
