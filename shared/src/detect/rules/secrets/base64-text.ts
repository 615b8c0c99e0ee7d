/**
 * Base64 (or base64url, `-` and `_` for `+` and `/`) decoded to a binary string, or undefined when it is
 * not base64. Padding may be left off. Rules use it to check what a candidate encodes.
 */
export function decodeBase64(value: string, alphabet: 'standard' | 'url' = 'standard'): string | undefined {
  const standard = alphabet === 'url' ? value.replace(/-/g, '+').replace(/_/g, '/') : value;
  // `atob` reports what it cannot decode by throwing, which costs far more than reading the value first: rules
  // ask this of every candidate, and a crafted text can make every one of them fail.
  if (!atobAccepts(standard)) return undefined;
  try {
    return atob(standard);
  } catch {
    return undefined;
  }
}

/**
 * What `atob` decodes (the forgiving base64 of the HTML standard): past ASCII whitespace, the base64 alphabet,
 * then one or two `=` when they bring the length to a multiple of 4, and never a length of 4n + 1.
 */
function atobAccepts(value: string): boolean {
  let length = 0;
  let padding = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 12 || c === 13) continue;
    length++;
    if (c === 61) {
      padding++;
      continue;
    }
    const base64 = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47;
    if (!base64 || padding > 0) return false;
  }
  if (padding > 0 && (padding > 2 || length % 4 !== 0)) return false;
  return (length - padding) % 4 !== 1;
}

/**
 * The JSON object a base64 candidate encodes (a JWT's header, a token that packs its parts as JSON), or undefined
 * when it encodes anything else. An object starts with `{` and ends with `}`, past blanks: any other text makes
 * `JSON.parse` throw, and a throw costs far more than the decoding (a text of such runs paid one per run).
 */
export function decodeBase64Object(value: string, alphabet: 'standard' | 'url' = 'standard'): Record<string, unknown> | undefined {
  const text = decodeBase64(value, alphabet);
  if (text === undefined) return undefined;
  // A necessary condition only (`trim` takes more than JSON's blanks): what decides is `JSON.parse` of the text.
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') || !trimmed.endsWith('}')) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
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
