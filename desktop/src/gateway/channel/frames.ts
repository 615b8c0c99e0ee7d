/**
 * The little of RFC 6455 the extension channel needs: text messages from a browser (always masked; a large one
 * may come in fragments, as the browser's flow control cuts it), and unmasked text and close frames back.
 * Binary frames and oversized ones are refused, since the extension never sends them.
 */

export const OPCODE = { continuation: 0x0, text: 0x1, close: 0x8, ping: 0x9, pong: 0xa } as const;

export type Frame = { opcode: number; fin: boolean; payload: Buffer };

export class FrameError extends Error {
  constructor(
    readonly closeCode: 1002 | 1003 | 1009,
    message: string,
  ) {
    super(message);
    this.name = 'FrameError';
  }
}

/**
 * Cuts complete frames off the front of `buffer`. Returns them with what is left (an incomplete frame);
 * throws a FrameError for anything a browser's extension would not send.
 */
export function readFrames(buffer: Buffer, maxPayload: number): { frames: Frame[]; rest: Buffer } {
  const frames: Frame[] = [];
  let offset = 0;
  for (;;) {
    if (buffer.length - offset < 2) break;
    const first = buffer[offset]!;
    const second = buffer[offset + 1]!;
    const fin = (first & 0x80) !== 0;
    const opcode = first & 0x0f;
    if ((first & 0x70) !== 0) throw new FrameError(1002, 'reserved bits set');
    if (!(Object.values(OPCODE) as number[]).includes(opcode)) throw new FrameError(1003, 'only text messages are accepted');
    if (opcode >= OPCODE.close && !fin) throw new FrameError(1002, 'control frames cannot be fragmented');
    if ((second & 0x80) === 0) throw new FrameError(1002, 'client frames must be masked');
    let length = second & 0x7f;
    let header = 2;
    if (length === 126) {
      if (buffer.length - offset < 4) break;
      length = buffer.readUInt16BE(offset + 2);
      header = 4;
    } else if (length === 127) {
      if (buffer.length - offset < 10) break;
      const long = buffer.readBigUInt64BE(offset + 2);
      if (long > BigInt(maxPayload)) throw new FrameError(1009, 'message too large');
      length = Number(long);
      header = 10;
    }
    if (length > maxPayload) throw new FrameError(1009, 'message too large');
    const total = header + 4 + length;
    if (buffer.length - offset < total) break;
    const mask = buffer.subarray(offset + header, offset + header + 4);
    const payload = Buffer.from(buffer.subarray(offset + header + 4, offset + total));
    for (let i = 0; i < payload.length; i++) payload[i]! ^= mask[i & 3]!;
    frames.push({ opcode, fin, payload });
    offset += total;
  }
  return { frames, rest: offset === 0 ? buffer : buffer.subarray(offset) };
}

/** A frame's header: FIN and opcode, then the payload length in its shortest form (the mask bit unset). */
export function frameHeader(opcode: number, length: number, fin = true): Buffer {
  const header = Buffer.alloc(length < 126 ? 2 : length < 0x10000 ? 4 : 10);
  header[0] = (fin ? 0x80 : 0) | opcode;
  if (length < 126) header[1] = length;
  else if (length < 0x10000) {
    header[1] = 126;
    header.writeUInt16BE(length, 2);
  } else {
    header[1] = 127;
    header.writeBigUInt64BE(BigInt(length), 2);
  }
  return header;
}

/** One unmasked frame from the server. */
export function writeFrame(opcode: number, payload: Buffer): Buffer {
  return Buffer.concat([frameHeader(opcode, payload.length), payload]);
}

export function closeFrame(code: number, reason: string): Buffer {
  const payload = Buffer.alloc(2 + Buffer.byteLength(reason));
  payload.writeUInt16BE(code, 0);
  payload.write(reason, 2);
  return writeFrame(OPCODE.close, payload);
}
