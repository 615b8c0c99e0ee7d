/** The providers the SDK proxy speaks to; each has a key slot and an upstream base URL. */
export const PROVIDERS = ['openai', 'anthropic'] as const;
export type Provider = (typeof PROVIDERS)[number];

export function isProvider(value: string | undefined): value is Provider {
  return (PROVIDERS as readonly string[]).includes(value ?? '');
}

/** Where a running gateway gets a provider's key; called on every proxied request, so a change applies at once. */
export type ProviderKeySource = (provider: Provider) => string | undefined;

/** Thrown for a key that cannot be right; the message never contains the key. */
export class InvalidProviderKeyError extends Error {
  readonly code = 'invalid_provider_key';
}

const MAX_KEY_CHARS = 4096;

/**
 * Checks a key before it is stored. A promptgate token is refused by name: setting the gateway's own SDK token
 * as the provider key is the likeliest mix-up, and it would only ever produce 401s from the provider.
 */
export function checkProviderKey(raw: string): string {
  const key = raw.trim();
  if (key.length === 0) throw new InvalidProviderKeyError('the key is empty');
  if (key.length > MAX_KEY_CHARS) throw new InvalidProviderKeyError(`the key is longer than ${MAX_KEY_CHARS} characters`);
  if (!/^[\x21-\x7e]+$/.test(key)) throw new InvalidProviderKeyError('the key has spaces or characters outside printable ASCII');
  if (key.startsWith('pg_')) throw new InvalidProviderKeyError('that is a promptgate token, not a provider key');
  return key;
}
