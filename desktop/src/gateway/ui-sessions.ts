import { createHash, randomBytes } from 'node:crypto';

export interface UiSessionOptions {
  /** The gateway's port once it listens: the cookie is named after it (browsers send cookies to every port). */
  port: () => number;
  /** A session unused this long ends; the person opens a new link. Default 8 hours. */
  idleMs?: number;
  now?: () => number;
}

/** How many links and sessions are remembered at most; the oldest go first. */
const MAX_REMEMBERED = 64;
const DEFAULT_IDLE_MS = 8 * 60 * 60 * 1000;

/** Secrets are kept by digest, so looking one up compares no secret byte by byte. */
const digest = (secret: string) => createHash('sha256').update(secret).digest('base64url');
const fresh = () => randomBytes(24).toString('base64url');

export type Redemption = { session: string } | { refused: 'used' | 'unknown' };

/**
 * The local UI's logins. A link (`/ui/?key=…`) works once: opening it starts a session, a random value
 * the cookie carries, unrelated to the link and known only to this gateway's memory. Browsers send a
 * 127.0.0.1 cookie to every local port, so a page served by another local program may see it: it is not
 * the link, it dies after a while unused and with the gateway, and `authenticate` accepts it only from this
 * gateway's own origin.
 */
export class UiSessions {
  readonly #links = new Map<string, 'unused' | 'used'>();
  readonly #sessions = new Map<string, number>();
  readonly #port: () => number;
  readonly #idleMs: number;
  readonly #now: () => number;

  constructor(options: UiSessionOptions) {
    this.#port = options.port;
    this.#idleMs = options.idleMs ?? DEFAULT_IDLE_MS;
    this.#now = options.now ?? Date.now;
  }

  /** The cookie's name: per port, so two gateways on one machine do not log each other out. */
  get cookieName(): string {
    return `promptgate_ui_${this.#port()}`;
  }

  /** A new single-use key for a link. */
  issueLinkKey(): string {
    const key = fresh();
    remember(this.#links, digest(key), 'unused');
    return key;
  }

  /** Spends a link key: a new session, or why not. */
  redeem(key: string): Redemption {
    const id = digest(key);
    const state = this.#links.get(id);
    if (state !== 'unused') return { refused: state ?? 'unknown' };
    this.#links.set(id, 'used');
    const session = fresh();
    remember(this.#sessions, digest(session), this.#now());
    return { session };
  }

  /** Whether `session` is live; using it keeps it so. */
  verify(session: string | undefined): boolean {
    if (!session) return false;
    const id = digest(session);
    const lastUsed = this.#sessions.get(id);
    if (lastUsed === undefined) return false;
    const now = this.#now();
    if (now - lastUsed > this.#idleMs) {
      this.#sessions.delete(id);
      return false;
    }
    remember(this.#sessions, id, now);
    return true;
  }
}

/** Sets `key` as the newest entry, dropping the oldest past the bound. */
function remember<V>(map: Map<string, V>, key: string, value: V): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > MAX_REMEMBERED) map.delete(map.keys().next().value!);
}
