import type { Piece } from './channel';

/** What the backstop reads of a body: its pieces and how to build the same body with other piece texts. */
export interface ReadBody {
  pieces: Piece[];
  rebuild(texts: readonly string[]): unknown;
}
/** `null`: nothing readable to check (binary data such as an image). */
export type BodyReading = ReadBody | null | { unreadable: string };

/** Bodies larger than this are not read into the page; they are stopped as unreadable. */
export const MAX_READ_BYTES = 16 * 1024 * 1024;
const SNIFF_BYTES = 1024;
const BINARY_TYPES = /^(image|audio|video|font)\/|^application\/(pdf|zip|gzip|x-7z|x-rar|x-tar|vnd\.|msword|wasm|x-protobuf|protobuf|grpc)/i;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Text when the bytes are UTF-8 without NULs, else null (binary). */
function decodeText(bytes: Uint8Array): string | null {
  try {
    const text = utf8.decode(bytes);
    return text.includes('\0') ? null : text;
  } catch {
    return null;
  }
}

function whole(text: string, rebuild: (text: string) => unknown): ReadBody {
  return { pieces: [{ kind: 'text', text }], rebuild: (texts) => rebuild(texts[0] ?? '') };
}

/** Reads what can be read without waiting: strings, form parameters, byte buffers. `undefined`: needs `readBody`. */
export function readBodyNow(body: unknown): BodyReading | undefined {
  if (body === null || body === undefined) return null;
  if (typeof body === 'string') return whole(body, (text) => text);
  if (body instanceof URLSearchParams) {
    const entries = [...body.entries()];
    return {
      pieces: entries.map(([, value]) => ({ kind: 'text' as const, text: value })),
      rebuild: (texts) => new URLSearchParams(entries.map(([key], i) => [key, texts[i] ?? ''])),
    };
  }
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) {
    const bytes = body instanceof ArrayBuffer ? new Uint8Array(body) : new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
    if (bytes.byteLength > MAX_READ_BYTES) return { unreadable: 'the data is too large to check' };
    const text = decodeText(bytes);
    return text === null ? null : whole(text, (next) => new TextEncoder().encode(next));
  }
  if (typeof Document !== 'undefined' && body instanceof Document) return whole(new XMLSerializer().serializeToString(body), (text) => text);
  if (body instanceof FormData) {
    const entries = [...body.entries()];
    if (entries.every(([, value]) => typeof value === 'string'))
      return readForm(
        entries,
        entries.map(([, value]) => value as string),
      );
    return undefined;
  }
  if (body instanceof Blob || body instanceof ReadableStream || body instanceof Request) return undefined;
  // Anything else is sent as its string form by the browser.
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- URLSearchParams and the like: the browser sends exactly this.
  return whole(String(body), (text) => text);
}

/** Which blob texts were read already: a large upload sent again (a retry) is not read again. */
const blobTexts = new WeakMap<Blob, Promise<string | null>>();

async function readBlob(blob: Blob): Promise<string | null> {
  let read = blobTexts.get(blob);
  if (!read) {
    read = (async () => {
      if (BINARY_TYPES.test(blob.type)) return null;
      if (blob.size > SNIFF_BYTES && decodeText(new Uint8Array(await blob.slice(0, SNIFF_BYTES).arrayBuffer()).subarray(0, SNIFF_BYTES - 4)) === null) return null;
      if (blob.size > MAX_READ_BYTES) throw new Error('too large');
      return decodeText(new Uint8Array(await blob.arrayBuffer()));
    })();
    blobTexts.set(blob, read);
  }
  return read;
}

function readForm(entries: Array<[string, FormDataEntryValue]>, texts: Array<string | null>): ReadBody {
  const readable = entries.map((_, i) => i).filter((i) => texts[i] !== null);
  return {
    pieces: readable.map((i) => {
      const value = entries[i]![1];
      return value instanceof File ? { kind: 'file' as const, name: value.name, text: texts[i]! } : { kind: 'text' as const, text: texts[i]! };
    }),
    rebuild(next) {
      const form = new FormData();
      entries.forEach(([key, value], i) => {
        const at = readable.indexOf(i);
        if (at < 0 || next[at] === texts[i]) return form.append(key, value);
        if (value instanceof File) form.append(key, new File([next[at]!], value.name, { type: value.type, lastModified: value.lastModified }));
        else form.append(key, next[at]!);
      });
      return form;
    },
  };
}

/** Reads any body the page can send, files and streams included. */
export async function readBody(body: unknown): Promise<BodyReading> {
  const now = readBodyNow(body);
  if (now !== undefined) return now;
  try {
    if (body instanceof FormData) {
      const entries = [...body.entries()];
      const texts = await Promise.all(entries.map(([, value]) => (typeof value === 'string' ? Promise.resolve(value) : readBlob(value))));
      return readForm(entries, texts);
    }
    if (body instanceof Request) {
      const text = decodeText(new Uint8Array(await body.clone().arrayBuffer()));
      return text === null ? null : whole(text, (next) => next);
    }
    if (body instanceof Blob) {
      const text = await readBlob(body);
      if (text === null) return null;
      const name = body instanceof File ? body.name : undefined;
      return {
        pieces: [{ kind: 'file', ...(name ? { name } : {}), text }],
        rebuild: ([next]) => (next === text ? body : name !== undefined ? new File([next ?? ''], name, { type: body.type }) : new Blob([next ?? ''], { type: body.type })),
      };
    }
  } catch {
    return { unreadable: 'the data is too large to check' };
  }
  // A stream can be read only once, by whoever sends it: what it carries cannot be known beforehand.
  return { unreadable: 'the page sends it as a stream' };
}
