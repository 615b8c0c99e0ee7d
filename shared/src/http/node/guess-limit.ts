import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { clientAddress } from './client-address';
import { GuessBucketStore, type GuessBudget } from './guess-bucket-store';
import type { HttpError } from './http-error';

export type { GuessBudget } from './guess-bucket-store';

/** 20 in a row, then one every 5 s (720 an hour): plenty for a person's typos, nothing for a guesser. */
export const DEFAULT_GUESS_BUDGET: GuessBudget = { burst: 20, refillMs: 5000 };

export interface GuessEvent {
  /** `failed`: one wrong guess; `throttled`: the address used up its guesses and is refused until they refill. */
  type: 'failed' | 'throttled';
  /** The source address (an IPv6 one by its /56 network: one machine holds many of those). */
  address: string;
  /** Wrong guesses from this address since its allowance was last full. */
  failures: number;
}

export interface GuessLimitOptions {
  budget?: GuessBudget;
  now?: () => number;
  /** Requests that are not guesses of this kind (another kind of credential, no secret given): not counted. */
  skip?: (request: IncomingMessage) => boolean;
  /** Whether an answer means the guess was wrong; right guesses, and refusals for other reasons, cost nothing. */
  wrong: (response: ServerResponse) => boolean;
  /** The 429 an address that used up its guesses gets, before its guess is even checked. */
  refusal: (retryAfterSeconds: number) => HttpError;
  onEvent?: (event: GuessEvent) => void;
  /** Behind a reverse proxy: count the client's address from `X-Forwarded-For` (see `clientAddress`). */
  behindProxy?: boolean;
}

/**
 * express-rate-limit on an endpoint that takes guesses (a code, a token, a link key), per source address:
 * only wrong guesses spend the budget, so a person who gets it right is never slowed down, and an address
 * that has spent it is refused before its guess is checked, so a guesser learns nothing while throttled.
 */
export function guessLimit(options: GuessLimitOptions): RequestHandler {
  const store = new GuessBucketStore(options.budget ?? DEFAULT_GUESS_BUDGET, options.now ?? Date.now);
  const keyOf = (request: IncomingMessage) => {
    const address = clientAddress(request, options.behindProxy ?? false);
    return address ? ipKeyGenerator(address) : 'unknown';
  };
  // A refused request took no token, so it must not give one back either.
  const refused = new WeakSet<IncomingMessage>();
  const limiter = rateLimit({
    store,
    limit: (options.budget ?? DEFAULT_GUESS_BUDGET).burst,
    standardHeaders: false,
    legacyHeaders: false,
    skipSuccessfulRequests: true,
    keyGenerator: (request) => keyOf(request),
    skip: (request) => options.skip?.(request) ?? false,
    requestWasSuccessful: (request, response) => {
      if (refused.has(request)) return false;
      if (!options.wrong(response)) return true;
      const key = keyOf(request);
      const { failures, throttledNow } = store.failed(key);
      options.onEvent?.({ type: 'failed', address: key, failures });
      if (throttledNow) options.onEvent?.({ type: 'throttled', address: key, failures });
      return false;
    },
    handler: (request, response, next) => {
      refused.add(request);
      const seconds = store.retryAfterSeconds(keyOf(request));
      response.setHeader('retry-after', String(seconds));
      next(options.refusal(seconds));
    },
  });
  return function limitGuesses(request, response, next) {
    void limiter(request, response, next);
  };
}
