import type { ClientRateLimitInfo, Store } from 'express-rate-limit';

export interface GuessBudget {
  /** Wrong guesses an address may make in a burst. */
  burst: number;
  /** One more guess is allowed every `refillMs`. */
  refillMs: number;
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
 * express-rate-limit's store as a token bucket per key, on an injectable clock. Each request takes a token and
 * a right guess gives it back (the limiter's `skipSuccessfulRequests`), so only wrong guesses spend the
 * budget. A refused request takes nothing: an address that waits out its refill gets its guess back, however
 * often it asked while it was refused.
 */
export class GuessBucketStore implements Store {
  readonly localKeys = true;
  readonly #buckets = new Map<string, Bucket>();

  constructor(
    private readonly budget: GuessBudget,
    private readonly now: () => number,
  ) {
    if (!(budget.burst >= 1 && budget.refillMs > 0)) throw new RangeError('guess limits need burst >= 1 and refillMs > 0');
  }

  increment(key: string): ClientRateLimitInfo {
    const bucket = this.#bucket(key) ?? this.#create(key);
    if (bucket.tokens < 1) return { totalHits: this.budget.burst + 1, resetTime: undefined };
    bucket.tokens -= 1;
    // No reset time: the limiter would compare it with the system clock, and this store runs on `now`.
    return { totalHits: Math.ceil(this.budget.burst - bucket.tokens), resetTime: undefined };
  }

  decrement(key: string): void {
    const bucket = this.#buckets.get(key);
    if (bucket) bucket.tokens = Math.min(this.budget.burst, bucket.tokens + 1);
  }

  resetKey(key: string): void {
    this.#buckets.delete(key);
  }

  /** Counts a wrong guess (its token is already spent); true the first time the key runs out in an episode. */
  failed(key: string): { failures: number; throttledNow: boolean } {
    const bucket = this.#buckets.get(key) ?? this.#create(key);
    bucket.failures += 1;
    const throttledNow = bucket.tokens < 1 && !bucket.throttled;
    // Once per episode: the alert is about an address guessing, not each guess it is still allowed.
    if (throttledNow) bucket.throttled = true;
    return { failures: bucket.failures, throttledNow };
  }

  /** Whole seconds until `key` may guess again. */
  retryAfterSeconds(key: string): number {
    const bucket = this.#bucket(key);
    return bucket ? Math.max(1, Math.ceil(((1 - bucket.tokens) * this.budget.refillMs) / 1000)) : 0;
  }

  /** The bucket refilled to now; a full one is forgotten (and its failure count with it). */
  #bucket(key: string): Bucket | undefined {
    const bucket = this.#buckets.get(key);
    if (!bucket) return undefined;
    const now = this.now();
    bucket.tokens = Math.min(this.budget.burst, bucket.tokens + (now - bucket.at) / this.budget.refillMs);
    bucket.at = now;
    if (bucket.tokens >= this.budget.burst) {
      this.#buckets.delete(key);
      return undefined;
    }
    return bucket;
  }

  #create(key: string): Bucket {
    if (this.#buckets.size >= MAX_BUCKETS) for (const known of [...this.#buckets.keys()]) this.#bucket(known);
    // Still full of throttled addresses: the oldest is forgotten rather than memory growing.
    if (this.#buckets.size >= MAX_BUCKETS) this.#buckets.delete(this.#buckets.keys().next().value!);
    const bucket = { tokens: this.budget.burst, at: this.now(), failures: 0, throttled: false };
    this.#buckets.set(key, bucket);
    return bucket;
  }
}
