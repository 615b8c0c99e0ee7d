import { describe, expect, it } from 'vitest';
import { readBody, readBodyNow, type ReadBody } from './body-pieces';

describe('reading outgoing bodies', () => {
  it('reads strings and form parameters at once, and rebuilds them with new texts', () => {
    const form = readBodyNow(new URLSearchParams({ q: 'secret here', lang: 'en' })) as ReadBody;
    expect(form.pieces.map((p) => p.text)).toEqual(['secret here', 'en']);
    expect(String(form.rebuild(['[KEY_1] here', 'en']))).toBe('q=%5BKEY_1%5D+here&lang=en');
    expect((readBodyNow('{"a":1}') as ReadBody).pieces).toEqual([{ kind: 'text', text: '{"a":1}' }]);
  });

  it('reads the text files of a form and leaves binary ones alone', async () => {
    const form = new FormData();
    form.append('note', 'hello');
    form.append('file', new File(['TOKEN=abc'], '.env'));
    form.append('image', new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0])], 'a.png', { type: 'image/png' }));
    expect(readBodyNow(form)).toBeUndefined();
    const read = (await readBody(form)) as ReadBody;
    expect(read.pieces).toEqual([
      { kind: 'text', text: 'hello' },
      { kind: 'file', name: '.env', text: 'TOKEN=abc' },
    ]);
    const rebuilt = read.rebuild(['hello', 'TOKEN=[KEY_1]']) as FormData;
    expect(await (rebuilt.get('file') as File).text()).toBe('TOKEN=[KEY_1]');
    expect((rebuilt.get('file') as File).name).toBe('.env');
    expect((rebuilt.get('image') as File).name).toBe('a.png');
  });

  it('treats bytes that are not UTF-8 text as nothing to check', () => {
    expect(readBodyNow(new Uint8Array([0xff, 0xfe, 0x00]))).toBeNull();
    expect((readBodyNow(new TextEncoder().encode('plain text')) as ReadBody).pieces[0]!.text).toBe('plain text');
  });

  it('cannot read a stream beforehand, and says so', async () => {
    expect(await readBody(new ReadableStream())).toEqual({ unreadable: 'the page sends it as a stream' });
  });
});
