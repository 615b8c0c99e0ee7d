import { isOpaqueSecret } from '../generic/values';

/** Paystack's keys: `sk_live_`/`sk_test_` + 40 lowercase hex. */
const PAYSTACK = /^sk_(?:live|test)_[a-f0-9]{40}$/;

/**
 * A Stripe key (`sk_live_…`, `rk_test_…`, all with an 8-character prefix) whose body is Stripe's: 24 or more
 * base62 characters as Stripe issues them, or 16 to 23 that read as random, as other scanners' patterns
 * (`[a-zA-Z0-9]{10,99}`) accept shorter bodies (under 16 a body is too short to tell from a word or a name).
 * 40 hex after `sk_live_`/`sk_test_` are Paystack's key.
 */
export function isStripeKey(value: string): boolean {
  if (PAYSTACK.test(value)) return false;
  const body = value.slice(8);
  return body.length >= 24 || isOpaqueSecret(body);
}
