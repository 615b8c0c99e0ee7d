import { describe, expect, it } from 'vitest';
import { clientFrame } from './channel-test-client';
import { FrameError, OPCODE, readFrames, writeFrame } from './frames';

const text = (s: string) => clientFrame(OPCODE.text, Buffer.from(s));

describe('channel frames', () => {
  it('reads whole messages of every length form, and keeps a partial one for later', () => {
    const sizes = [5, 300, 70_000];
    const bytes = Buffer.concat(sizes.map((n) => text('x'.repeat(n))));
    const cut = bytes.length - 10;
    const first = readFrames(bytes.subarray(0, cut), 1_000_000);
    expect(first.frames.map((f) => f.payload.length)).toEqual([5, 300]);
    const second = readFrames(Buffer.concat([first.rest, bytes.subarray(cut)]), 1_000_000);
    expect(second.frames.map((f) => f.payload.toString())).toEqual(['x'.repeat(70_000)]);
    expect(second.rest.length).toBe(0);
  });

  it('reads the fragments of a message the browser cut, each with its place', () => {
    const bytes = Buffer.concat([clientFrame(OPCODE.text, Buffer.from('ab'), { fin: false }), clientFrame(OPCODE.continuation, Buffer.from('cd'))]);
    expect(readFrames(bytes, 1000).frames.map(({ opcode, fin, payload }) => [opcode, fin, payload.toString()])).toEqual([
      [OPCODE.text, false, 'ab'],
      [OPCODE.continuation, true, 'cd'],
    ]);
  });

  it('refuses what the extension never sends: unmasked, fragmented control frames, binary, oversized', () => {
    const refusal = (bytes: Buffer) => {
      try {
        readFrames(bytes, 1000);
        return undefined;
      } catch (error) {
        return error instanceof FrameError ? error.closeCode : 'other';
      }
    };
    expect(refusal(clientFrame(OPCODE.text, Buffer.from('hi'), { masked: false }))).toBe(1002);
    expect(refusal(clientFrame(OPCODE.ping, Buffer.from('hi'), { fin: false }))).toBe(1002);
    expect(refusal(clientFrame(0x2, Buffer.from('hi')))).toBe(1003);
    expect(refusal(clientFrame(OPCODE.text, Buffer.alloc(1001)))).toBe(1009);
    // The declared length alone is enough to refuse: nothing of a huge body is buffered first.
    expect(refusal(clientFrame(OPCODE.text, Buffer.alloc(70_000)).subarray(0, 14))).toBe(1009);
  });

  it('writes server frames a client reads back', () => {
    for (const n of [3, 200, 70_000]) {
      const frame = writeFrame(OPCODE.text, Buffer.alloc(n, 'a'));
      const length = n < 126 ? frame[1] : n < 0x10000 ? frame.readUInt16BE(2) : Number(frame.readBigUInt64BE(2));
      expect(frame[0]).toBe(0x81);
      expect(length).toBe(n);
      expect(frame.length - n).toBe(n < 126 ? 2 : n < 0x10000 ? 4 : 10);
    }
  });
});
