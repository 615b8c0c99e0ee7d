import { describe, expect, it } from 'vitest';
import { HttpError } from '@promptgate/shared/http-node';
import { encodeBase64Text, readStringPayload, type StringPayload } from './base64-text';
import { collectTexts } from './json-text';

const b64 = (bytes: string | Buffer, encoding: BufferEncoding = 'utf8') => (typeof bytes === 'string' ? Buffer.from(bytes, encoding) : bytes).toString('base64');
const ENV = 'DATABASE_URL=postgres://app:Tr0ub4dor@db/app\nSTRIPE_KEY=sk_live_made_up_for_a_test_0000\n';
/** The first bytes of a PNG: its signature and the start of its header chunk. */
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.from('IHDR'), Buffer.alloc(400, 7)]);

function decoded(payload: StringPayload): string {
  if (payload.kind !== 'base64-text') throw new Error(`expected a base64 text, got ${payload.kind}`);
  return payload.text;
}

describe('readStringPayload', () => {
  it('reads a data URL of a text file decoded, whatever type it declares', () => {
    expect(decoded(readStringPayload('file_data', `data:text/plain;base64,${b64(ENV)}`))).toBe(ENV);
    // A browser labels a `.env` it has no type for as octet-stream: its bytes say it is text.
    expect(decoded(readStringPayload('url', `data:application/octet-stream;base64,${b64(ENV)}`))).toBe(ENV);
    expect(decoded(readStringPayload('url', `data:;base64,${b64(ENV)}`))).toBe(ENV);
  });

  it('reads a bare base64 text under data, file_data or blob, short or long', () => {
    expect(decoded(readStringPayload('data', b64(ENV)))).toBe(ENV);
    expect(decoded(readStringPayload('blob', b64('token: ghp_x')))).toBe('token: ghp_x');
    expect(decoded(readStringPayload('file_data', b64(ENV.repeat(200))))).toBe(ENV.repeat(200));
    // MIME wraps base64 at 76 characters.
    const wrapped = b64(ENV.repeat(5)).replace(/.{76}/g, '$&\r\n');
    expect(decoded(readStringPayload('data', wrapped))).toBe(ENV.repeat(5));
  });

  it('leaves every other string as written', () => {
    expect(readStringPayload('content', b64(ENV)).kind).toBe('plain');
    expect(readStringPayload('data', 'export TOKEN=ghp_x').kind).toBe('plain');
    // Words that happen to be base64 and decode to no text.
    expect(readStringPayload('data', 'abcdefgh').kind).toBe('plain');
    expect(readStringPayload('url', 'data:text/plain,token%3Dghp_x').kind).toBe('plain');
    expect(readStringPayload('text', 'data: the numbers').kind).toBe('plain');
  });

  it('skips binary payloads: an image, bytes with NUL, a long bare value that decodes to no text', () => {
    expect(readStringPayload('url', `data:image/png;base64,${b64(PNG)}`).kind).toBe('binary');
    expect(readStringPayload('data', b64(PNG)).kind).toBe('binary');
    expect(readStringPayload('data', b64(Buffer.concat([Buffer.from('ustar'), Buffer.alloc(300)]))).kind).toBe('binary');
  });

  it('tells a binary file by its head, and a text that turns binary later by the whole', () => {
    const lateBinary = Buffer.concat([Buffer.from('a'.repeat(10_000)), Buffer.from([0, 1, 2, 0xff])]);
    expect(readStringPayload('data', b64(lateBinary)).kind).toBe('binary');
    const long = 'é token=ghp_x\n'.repeat(2_000);
    expect(decoded(readStringPayload('data', b64(long)))).toBe(long);
  });

  it('reads a declared text that is no UTF-8 as Latin-1, and UTF-16 by its byte-order mark', () => {
    const latin1 = 'PASSWORD=caf\u00e9-Tr0ub4dor\n';
    expect(decoded(readStringPayload('file_data', `data:text/plain;base64,${b64(latin1, 'latin1')}`))).toBe(latin1);
    expect(decoded(readStringPayload('file_data', `data:text/x-sh;charset=iso-8859-1;base64,${b64(latin1, 'latin1')}`))).toBe(latin1);
    // Undeclared, a file of bytes with no control byte among them is a one-byte text all the same.
    expect(decoded(readStringPayload('file_data', `data:application/octet-stream;base64,${b64(latin1, 'latin1')}`))).toBe(latin1);
    // A bare value is read so only as UTF-8: a short word that happens to be base64 would decode to noise.
    expect(readStringPayload('data', b64(latin1, 'latin1')).kind).toBe('plain');
    expect(readStringPayload('data', b64(latin1.repeat(20), 'latin1')).kind).toBe('binary');
    const utf16 = '\ufeffTOKEN=ghp_x\n';
    expect(decoded(readStringPayload('data', b64(utf16, 'utf16le')))).toBe(utf16);
    expect(decoded(readStringPayload('data', b64(Buffer.from(utf16, 'utf16le').swap16())))).toBe(utf16);
  });

  it('calls a declared text that is no valid base64 unreadable: it cannot be inspected', () => {
    expect(readStringPayload('file_data', 'data:text/plain;base64,bm90!!!')).toEqual({ kind: 'unreadable', type: 'text/plain' });
    // A text that breaks off into no base64 after the head that was read first.
    const broken = `data:application/octet-stream;base64,${b64('TOKEN=ghp_x\n'.repeat(1_000))}!!`;
    expect(readStringPayload('file_data', broken)).toEqual({ kind: 'unreadable', type: 'application/octet-stream' });
    // A message that starts with a data URL and goes on is a message, read as written.
    expect(readStringPayload('text', 'data:text/plain;base64,SGVsbG8= is what it sends, why?').kind).toBe('plain');
    // An image that is no valid base64 holds no text either way; the provider says what is wrong with it.
    expect(readStringPayload('url', 'data:image/png;base64,bm90!!!').kind).toBe('binary');
  });
});

describe('encodeBase64Text', () => {
  it('writes a rewritten text back as it came: prefix, charset, byte-order mark', () => {
    for (const [value, rewritten] of [
      [`data:text/plain;base64,${b64(ENV)}`, ENV.replace('sk_live_made_up_for_a_test_0000', '[STRIPE_SECRET_KEY_1]')],
      [b64('\ufeffTOKEN=ghp_x\n', 'utf16le'), '\ufeffTOKEN=[GITHUB_PAT_1]\n'],
      [b64(Buffer.from('\ufeffTOKEN=ghp_x\n', 'utf16le').swap16()), '\ufeffTOKEN=[GITHUB_PAT_1]\n'],
      [`data:text/plain;base64,${b64('caf\u00e9 ghp_x', 'latin1')}`, 'caf\u00e9 [GITHUB_PAT_1]'],
    ] as const) {
      const payload = readStringPayload('data', value);
      if (payload.kind !== 'base64-text') throw new Error('expected a base64 text');
      const encoded = encodeBase64Text(payload.encoding, rewritten);
      expect(encoded.startsWith(payload.encoding.prefix)).toBe(true);
      expect(decoded(readStringPayload('data', encoded))).toBe(rewritten);
      // The unchanged text encodes to the bytes that came.
      expect(Buffer.from(encodeBase64Text(payload.encoding, payload.text).slice(payload.encoding.prefix.length), 'base64')).toEqual(
        Buffer.from(value.slice(payload.encoding.prefix.length), 'base64'),
      );
    }
  });
});

describe('collectTexts with attached files', () => {
  it('refuses an unreadable file with a 400 that names where it stands', () => {
    const body = { content: [{ type: 'file', file: { file_data: 'data:text/plain;base64,bm90!!!' } }] };
    let refused: unknown;
    try {
      collectTexts(body, ['messages', 0], 'prompt');
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(HttpError);
    expect(refused).toMatchObject({ status: 400, code: 'unreadable_payload' });
    expect((refused as Error).message).toMatch(/messages\[0\]\.content\[0\]\.file\.file_data is a file in base64 \(text\/plain\) that is not valid base64/);
  });

  it("reads Anthropic's plain-text document source as written, even text that looks like base64", () => {
    // Base64 of bytes that are no text, as a key's body without its PEM lines is.
    const body = Buffer.from(PNG).toString('base64');
    const fields = collectTexts({ type: 'document', source: { type: 'text', media_type: 'text/plain', data: body } }, ['content', 0], 'prompt');
    expect(fields).toEqual([{ path: ['content', 0, 'source', 'data'], kind: 'prompt', text: body }]);
    expect(readStringPayload('data', body, 'text')).toEqual({ kind: 'plain' });
    // The same value in a base64 source is bytes with no text.
    expect(collectTexts({ type: 'document', source: { type: 'base64', media_type: 'application/pdf', data: body } }, ['content', 0], 'prompt')).toEqual([]);
  });

  it('gives a base64 text its decoded text and how to write it back', () => {
    const url = `data:text/plain;base64,${b64(ENV)}`;
    const [field] = collectTexts({ file: { file_data: url } }, [], 'prompt');
    expect(field).toMatchObject({ path: ['file', 'file_data'], text: ENV, encoding: { value: url, prefix: 'data:text/plain;base64,', charset: 'utf8' } });
  });
});
