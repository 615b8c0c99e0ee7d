import type { StoredEvent } from './types';

/**
 * Events an earlier run journaled but had not stored go into the database when the gateway opens its log,
 * before whoever forwards stored events (the org outbox) is listening. They wait here until it is, and
 * any the database takes later (after a full disk at start) go straight on.
 */
export class ReplayedEvents {
  #waiting: StoredEvent[] = [];
  #listener: ((stored: StoredEvent) => void) | undefined;

  constructor(private readonly onError: (error: unknown) => void) {}

  stored(event: StoredEvent): void {
    if (!this.#listener) {
      this.#waiting.push(event);
      return;
    }
    try {
      this.#listener(event);
    } catch (error) {
      this.onError(error);
    }
  }

  forwardTo(listener: (stored: StoredEvent) => void): void {
    this.#listener = listener;
    for (const event of this.#waiting.splice(0)) this.stored(event);
  }
}
