/**
 * A text that travels base64-encoded in a JSON string: a file attached as `data:text/plain;base64,…`
 * (`file_data`, `image_url.url`), a document source's `data`, an MCP resource's `blob`. It is inspected
 * decoded and, when a value in it is replaced, encoded again the same way.
 */
export interface Base64Text {
  /** The JSON string value as the client sent it, what goes out when nothing in the text changed. */
  readonly value: string;
  /** What comes before the base64 in `value`: `data:text/plain;base64,`, or nothing. */
  readonly prefix: string;
  /** How the bytes were read as text, and so how the rewritten text is written back. */
  readonly charset: TextCharset;
}

export type TextCharset = 'utf8' | 'latin1' | 'utf16le' | 'utf16be';

/** A charset a data URL can name that changes how its bytes are read (UTF-8 is tried first anyway). */
type DeclaredCharset = Exclude<TextCharset, 'utf8'>;

/**
 * What a JSON string value holds: a text as written, a base64 text, bytes that are no text (an image, a PDF), or
 * a file of text (its declared type, or a text head) in base64 that does not decode, which cannot be inspected.
 */
export type StringPayload =
  | { readonly kind: 'plain' }
  | { readonly kind: 'binary' }
  | { readonly kind: 'unreadable'; readonly type: string | undefined }
  | { readonly kind: 'base64-text'; readonly text: string; readonly encoding: Base64Text };

const PLAIN: StringPayload = { kind: 'plain' };
const BINARY: StringPayload = { kind: 'binary' };

/** Keys whose values are bare base64 payloads in the providers' and MCP's shapes. */
const BASE64_KEYS: ReadonlySet<string> = new Set(['data', 'file_data', 'blob']);

/** Keys whose values are files (bare, or as data URLs), never a message someone wrote. */
const FILE_KEYS: ReadonlySet<string> = new Set([...BASE64_KEYS, 'url', 'image_url', 'file_url']);

/** `data:[type][;param]*;base64,`: only the head of a value is looked at, a data URL's header is short. */
const DATA_URL_HEAD = /^data:([\w.+-]+\/[\w.+-]+)?((?:;[\w.+-]+=[\w.+-]+)*);base64,/i;

/** Media types that say the bytes are text whatever they decode to (a Latin-1 `.env` is no valid UTF-8). */
const TEXT_TYPE =
  /^(?:text\/|application\/(?:[\w.-]+\+)?(?:json|xml|yaml|x-yaml|toml|javascript|x-javascript|ecmascript|x-sh|x-shellscript|sql|csv|x-ndjson|jsonl|x-www-form-urlencoded|x-pem-file|x-httpd-php|x-python|graphql)$)/i;

/** How much of a payload is decoded to tell text from binary before the whole is. */
const SNIFF_CHARS = 4096;

/**
 * Reads a string value at `key` of an object whose `type` is `holderType`. A data URL with `;base64`, and a bare
 * base64 value under `data`, `file_data` or `blob`, are read decoded when their bytes are text, and skipped when
 * they are not (there is no text to inspect in an image's pixels). Any other string is plain text; so is a bare
 * value that is no base64 after all, or too short to tell a file from a word. A data URL of text that is no
 * valid base64 is `unreadable`: the caller, which knows where the value stands, refuses it.
 */
export function readStringPayload(key: string | number | undefined, value: string, holderType?: unknown): StringPayload {
  // Anthropic's plain-text document source (`{"type":"text","media_type":"text/plain","data":"…"}`) holds its
  // text as written, even one that looks like base64 (a key's body without its PEM lines).
  if (key === 'data' && holderType === 'text') return PLAIN;
  let prefix = '';
  let type: string | undefined;
  let declared: DeclaredCharset | undefined;
  if (value.startsWith('data:')) {
    const head = DATA_URL_HEAD.exec(value.slice(0, 256));
    if (head === null) return PLAIN;
    [prefix, type] = [head[0], head[1]];
    declared = declaredCharset(head[2] ?? '');
  } else if (typeof key !== 'string' || !BASE64_KEYS.has(key) || value.length < 8) return PLAIN;
  const declaredText = type !== undefined && TEXT_TYPE.test(type);
  const read = readBase64Text(value, prefix, declaredText, declared);
  if (read === 'invalid base64' || read === 'text head, invalid base64') {
    // A bare value that is no base64 is a text as written, and so is a message that starts with a data URL and
    // goes on (`data:…;base64,AAAA is what it sends, why?`). A file that is text and no base64 cannot be read.
    if (prefix === '' || !(typeof key === 'string' && FILE_KEYS.has(key))) return PLAIN;
    return declaredText || read === 'text head, invalid base64' ? { kind: 'unreadable', type } : BINARY;
  }
  if (read === 'binary') {
    // A short value that decodes to no text is more likely a word that happens to be base64 than a file.
    return prefix === '' && value.length < 256 ? PLAIN : BINARY;
  }
  return { kind: 'base64-text', text: read.text, encoding: { value, prefix, charset: read.charset } };
}

/** The JSON string value that carries `text` the way `encoding` carried the text it replaces. */
export function encodeBase64Text(encoding: Base64Text, text: string): string {
  if (encoding.charset === 'latin1' && /[^\u0000-\u00ff]/.test(text)) throw new Error('a rewritten Latin-1 text holds a character Latin-1 cannot write');
  const bytes = encoding.charset === 'utf16be' ? Buffer.from(text, 'utf16le').swap16() : Buffer.from(text, encoding.charset);
  return encoding.prefix + bytes.toString('base64');
}

function declaredCharset(params: string): DeclaredCharset | undefined {
  const charset = /;charset=([\w.+-]+)/i.exec(params)?.[1]?.toLowerCase();
  if (charset === 'iso-8859-1' || charset === 'latin1' || charset === 'windows-1252') return 'latin1';
  if (charset === 'utf-16le') return 'utf16le';
  if (charset === 'utf-16be') return 'utf16be';
  // UTF-8 is what an undeclared text is tried as first anyway, and UTF-16 says its order by its byte-order mark.
  return undefined;
}

/**
 * The text in `value` past `prefix`. A head is read first, so the megabytes of an image are neither checked nor
 * decoded: a file format shows in its first bytes. A text head has the whole checked and read.
 */
function readBase64Text(
  value: string,
  prefix: string,
  declaredText: boolean,
  declared: DeclaredCharset | undefined,
): { text: string; charset: TextCharset } | 'binary' | 'invalid base64' | 'text head, invalid base64' {
  const sniffEnd = Math.min(value.length, prefix.length + SNIFF_CHARS);
  const whole = sniffEnd === value.length;
  if (!isBase64(value, prefix.length, sniffEnd, whole)) return 'invalid base64';
  const file = prefix !== '';
  const head = readText(Buffer.from(value.slice(prefix.length, sniffEnd), 'base64'), !whole, declaredText, declared, file);
  if (head === undefined) return 'binary';
  if (whole) return head;
  if (!isBase64(value, prefix.length, value.length, true)) return 'text head, invalid base64';
  return readText(Buffer.from(value.slice(prefix.length), 'base64'), false, declaredText, declared, file) ?? 'binary';
}

/**
 * `bytes` as text, or undefined for binary. Text is valid UTF-8 (or UTF-16 with its byte-order mark, or as
 * declared) with no control characters but layout ones and escape. A text whose type says it is text, or a file
 * with no control byte at all, that is none of these is read as Latin-1, which reads every byte and writes it back
 * unchanged. `truncated`: the bytes are a head cut anywhere, even inside a character.
 */
function readText(
  bytes: Buffer,
  truncated: boolean,
  declaredText: boolean,
  declared: DeclaredCharset | undefined,
  /** The bytes are a file (a data URL's), not a bare value that may be a word that happens to be base64. */
  file: boolean,
): { text: string; charset: TextCharset } | undefined {
  const fallback = () => {
    const text = bytes.toString('latin1');
    // A file of bytes with no control character among them is a text in a one-byte charset (a `.env` saved as
    // Latin-1 and attached as octet-stream); an image, an archive or compressed data holds control bytes early on.
    return declaredText || declared === 'latin1' || (file && !NOT_TEXT_CONTROL.test(text)) ? ({ text, charset: 'latin1' } as const) : undefined;
  };
  if (declared === 'latin1') return fallback();
  const utf16 = declared ?? (bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf16be' : undefined);
  if (utf16 !== undefined) {
    // A head may end inside a character; a whole text may not.
    if (bytes.length % 2 !== 0 && !truncated) return fallback();
    const pairs = bytes.subarray(0, bytes.length - (bytes.length % 2));
    // Node reads UTF-16 little-endian only: big-endian has its byte pairs swapped first, on a copy.
    const text = (utf16 === 'utf16le' ? pairs : Buffer.from(pairs).swap16()).toString('utf16le');
    return NOT_TEXT_CONTROL.test(text) ? fallback() : { text, charset: utf16 };
  }
  try {
    // `fatal` throws on any byte that is no UTF-8; `ignoreBOM` keeps a byte-order mark, so the text is written back whole.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes, { stream: truncated });
    return NOT_TEXT_CONTROL.test(text) ? fallback() : { text, charset: 'utf8' };
  } catch {
    return fallback();
  }
}

/** Control characters no text holds: all but tab, line feed, vertical tab, form feed, carriage return and escape (coloured terminal output). */
const NOT_TEXT_CONTROL = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/;

/**
 * Whether `value[from, to)` is base64: its alphabet, line breaks (as MIME wraps it), at most two `=` at the end.
 * A head (`complete` false) may stop anywhere.
 */
function isBase64(value: string, from: number, to: number, complete: boolean): boolean {
  let padding = 0;
  let digits = 0;
  for (let i = from; i < to; i++) {
    const code = value.charCodeAt(i);
    if (code === 0x3d) {
      padding++;
      continue;
    }
    if (code === 0x0a || code === 0x0d) continue;
    if (padding > 0 || !isBase64Digit(code)) return false;
    digits++;
  }
  if (!complete) return digits > 0;
  // Unpadded base64 is base64 too; one digit past a group of four never is.
  return digits > 0 && padding <= 2 && digits % 4 !== 1 && (padding === 0 || (digits + padding) % 4 === 0);
}

function isBase64Digit(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x2b || code === 0x2f;
}
