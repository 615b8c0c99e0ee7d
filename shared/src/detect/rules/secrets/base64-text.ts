/**
 * Base64 (or base64url, `-` and `_` for `+` and `/`) decoded to a binary string, or undefined when it is
 * not base64. Padding may be left off. Rules use it to check what a candidate encodes.
 */
export function decodeBase64(value: string, alphabet: 'standard' | 'url' = 'standard'): string | undefined {
  try {
    return atob(alphabet === 'url' ? value.replace(/-/g, '+').replace(/_/g, '/') : value);
  } catch {
    return undefined;
  }
}

/** The JSON value a base64 candidate encodes, or undefined when it encodes something else. */
export function decodeBase64Json(value: string, alphabet: 'standard' | 'url' = 'standard'): unknown {
  const text = decodeBase64(value, alphabet);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Base64 of `user:password` in printable ASCII, as registry credentials (`_auth`, Docker `auth`) are stored. */
export function isBase64UserPassword(value: string): boolean {
  const decoded = decodeBase64(value);
  if (decoded === undefined) return false;
  const colon = decoded.indexOf(':');
  return colon > 0 && colon < decoded.length - 1 && /^[\x21-\x7e]+$/.test(decoded);
}
