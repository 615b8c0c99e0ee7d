import { HttpError } from '../http/http-error';

/** Secrets a caller may try to guess: short one-time enrollment codes and quick-start admin tokens. */
export type GuessKind = 'enrollment-code' | 'admin-token';

export interface GuessLimits {
  /** Wrong guesses an address may make in a burst. */
  burst: number;
  /** One more guess is allowed every `refillMs`. */
  refillMs: number;
}

/** 20 in a row, then one every 5 s (720 an hour): plenty for a person's typos, nothing for a guesser. */
export const DEFAULT_GUESS_LIMITS: GuessLimits = { burst: 20, refillMs: 5000 };

export interface GuessEvent {
  /** `failed`: one wrong guess; `throttled`: the address used up its guesses and is refused until they refill. */
  type: 'failed' | 'throttled';
  kind: GuessKind;
  address: string;
  /** Wrong guesses from this address since its allowance was last full. */
  failures: number;
}

interface Bucket {
  tokens: number;
  at: number;
  failures: number;
  throttled: boolean;
}

/** Buckets kept before full ones are dropped: a flood from many addresses cannot grow memory without bound. */
const MAX_BUCKETS = 10_000;

/**
 * A token bucket of wrong guesses per source address and kind of secret. Only failures spend it, so a person
 * who gets it right is never slowed down; an address that has spent it is refused (429) before its guess is
 * even checked, so a guesser learns nothing while throttled. Every failure and the moment of throttling are
 * reported.
 */
export class GuessLimiter {
  readonly #buckets = new Map<string, Bucket>();

  constructor(
    private readonly onEvent: (event: GuessEvent) => void,
    private readonly now: () => number = Date.now,
    private readonly limits: GuessLimits = DEFAULT_GUESS_LIMITS,
  ) {
    if (!(limits.burst >= 1 && limits.refillMs > 0)) throw new RangeError('guess limits need burst >= 1 and refillMs > 0');
  }

  /** Throws 429 when `address` has no guesses left. */
  check(address: string, kind: GuessKind): void {
    const bucket = this.#bucket(`${kind} ${address}`);
    if (bucket && bucket.tokens < 1) {
      const seconds = Math.ceil(((1 - bucket.tokens) * this.limits.refillMs) / 1000);
      throw new HttpError(429, 'too_many_attempts', `too many wrong ${kind === 'admin-token' ? 'admin tokens' : 'enrollment codes'} from this address; try again in ${seconds} s`, {
        retryAfterSeconds: seconds,
      });
    }
  }

  /** A wrong guess from `address`. */
  failed(address: string, kind: GuessKind): void {
    const key = `${kind} ${address}`;
    const bucket = this.#bucket(key) ?? this.#create(key);
    bucket.tokens -= 1;
    bucket.failures += 1;
    this.onEvent({ type: 'failed', kind, address, failures: bucket.failures });
    if (bucket.tokens < 1 && !bucket.throttled) {
      // Once per episode: the alert is about an address guessing, not each guess it is still allowed.
      bucket.throttled = true;
      this.onEvent({ type: 'throttled', kind, address, failures: bucket.failures });
    }
  }

  /** The bucket refilled to now; a full one is forgotten (and its failure count with it). */
  #bucket(key: string): Bucket | undefined {
    const bucket = this.#buckets.get(key);
    if (!bucket) return undefined;
    const now = this.now();
    bucket.tokens = Math.min(this.limits.burst, bucket.tokens + (now - bucket.at) / this.limits.refillMs);
    bucket.at = now;
    if (bucket.tokens >= this.limits.burst) {
      this.#buckets.delete(key);
      return undefined;
    }
    return bucket;
  }

  #create(key: string): Bucket {
    if (this.#buckets.size >= MAX_BUCKETS) for (const key of [...this.#buckets.keys()]) this.#bucket(key);
    // Still full of throttled addresses: the oldest is forgotten rather than memory growing.
    if (this.#buckets.size >= MAX_BUCKETS) this.#buckets.delete(this.#buckets.keys().next().value!);
    const bucket = { tokens: this.limits.burst, at: this.now(), failures: 0, throttled: false };
    this.#buckets.set(key, bucket);
    return bucket;
  }
}
