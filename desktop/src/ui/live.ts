import type { StreamEvent } from './types';

export type ConnectionState = 'connecting' | 'live' | 'offline';

type Listener = (event: StreamEvent) => void;

const EVENT_TYPES = ['hello', 'approval', 'event-recorded', 'policy'] as const;

/**
 * The gateway's live stream (`/ui/api/stream`). EventSource retries on its own only for some failures and
 * gives up on others (an HTTP error closes it for good), so reconnection is ours: back off from 1 s to 15 s,
 * and start over at 1 s once connected. Views subscribe; each (re)connect greets with `hello`, after which a
 * view should refetch what it shows, since events may have been missed meanwhile.
 */
export class LiveStream {
  readonly #listeners = new Set<Listener>();
  readonly #stateListeners = new Set<(state: ConnectionState) => void>();
  #source: EventSource | undefined;
  #retryMs = 1000;
  #timer: number | undefined;
  #state: ConnectionState = 'connecting';

  constructor(private readonly url = '/ui/api/stream') {}

  start(): void {
    this.#connect();
  }

  get state(): ConnectionState {
    return this.#state;
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  onState(listener: (state: ConnectionState) => void): () => void {
    this.#stateListeners.add(listener);
    listener(this.#state);
    return () => this.#stateListeners.delete(listener);
  }

  #connect(): void {
    this.#setState('connecting');
    const source = new EventSource(this.url);
    this.#source = source;
    for (const type of EVENT_TYPES) {
      source.addEventListener(type, (message) => {
        let data: unknown;
        try {
          data = JSON.parse((message as MessageEvent<string>).data);
        } catch {
          return;
        }
        if (type === 'hello') {
          this.#retryMs = 1000;
          this.#setState('live');
        }
        const event = { ...(data as object), type } as StreamEvent;
        for (const listener of this.#listeners) listener(event);
      });
    }
    source.addEventListener('error', () => {
      source.close();
      if (this.#source !== source) return;
      this.#setState('offline');
      window.clearTimeout(this.#timer);
      this.#timer = window.setTimeout(() => this.#connect(), this.#retryMs);
      this.#retryMs = Math.min(this.#retryMs * 2, 15_000);
    });
  }

  #setState(state: ConnectionState): void {
    if (state === this.#state) return;
    this.#state = state;
    for (const listener of this.#stateListeners) listener(state);
  }
}
