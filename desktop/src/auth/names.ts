import { InvalidTokenNameError } from './errors';

const MAX_NAME = 64;

/** Names are shown in lists and logs, so they must be short, printable and without surrounding space. */
export function checkName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_NAME) throw new InvalidTokenNameError(`a token name must be 1..${MAX_NAME} characters`);
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(trimmed)) throw new InvalidTokenNameError('a token name cannot contain control characters');
  return trimmed;
}

/** `base`, or `base (2)`, `base (3)`...: the first that `taken` says is free, cut to fit the length limit. */
export function firstFreeName(base: string, taken: (name: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, MAX_NAME - suffix.length) + suffix;
    if (!taken(candidate)) return candidate;
  }
}

/**
 * A client name the extension sent while pairing: untrusted, so it is cleaned instead of refused (a pairing
 * should not fail over a browser's odd name). Control characters go, length is capped, empty gets a default.
 */
export function clientNameFrom(raw: string): string {
  const cleaned = raw
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_NAME)
    .trim();
  return cleaned.length > 0 ? cleaned : 'Browser extension';
}
