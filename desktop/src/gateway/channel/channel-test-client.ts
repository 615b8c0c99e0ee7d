import { randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import type { Socket } from 'node:net';
import { frameHeader, OPCODE } from './frames';

/** What a client saw of the channel: parsed text messages, and the close code once the server closed. */
export interface ChannelTestClient {
  messages: unknown[];
  closeCode: number | undefined;
  ended: boolean;
  sendText(text: string): void;
  sendRaw(bytes: Buffer): void;
  destroy(): void;
}

/** A masked client frame, as a browser sends it. */
export function clientFrame(opcode: number, payload: Buffer, options: { masked?: boolean; fin?: boolean } = {}): Buffer {
  const masked = options.masked ?? true;
  const header = frameHeader(opcode, payload.length, options.fin !== false);
  if (!masked) return Buffer.concat([header, payload]);
  header.writeUInt8(header.readUInt8(1) | 0x80, 1);
  const mask = randomBytes(4);
  const body = Buffer.from(payload);
  for (let i = 0; i < body.length; i++) body[i]! ^= mask[i & 3]!;
  return Buffer.concat([header, mask, body]);
}

/**
 * Opens the channel with raw headers (a test can claim any Origin or Host, as no browser would). Resolves
 * with the client once upgraded, or with the refusal's status and body.
 */
export function openChannel(port: number, headers: Record<string, string>): Promise<{ client: ChannelTestClient } | { status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({
      host: '127.0.0.1',
      port,
      path: '/api/channel',
      headers: { connection: 'Upgrade', upgrade: 'websocket', 'sec-websocket-version': '13', 'sec-websocket-key': randomBytes(16).toString('base64'), ...headers },
    });
    outgoing.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    outgoing.on('upgrade', (_response, socket: Socket, head: Buffer) => resolve({ client: wrap(socket, head) }));
    outgoing.on('error', reject);
    outgoing.end();
  });
}

function wrap(socket: Socket, head: Buffer): ChannelTestClient {
  let pending = Buffer.from(head);
  const client: ChannelTestClient = {
    messages: [],
    closeCode: undefined,
    ended: false,
    sendText: (text) => socket.write(clientFrame(OPCODE.text, Buffer.from(text))),
    sendRaw: (bytes) => socket.write(bytes),
    destroy: () => socket.destroy(),
  };
  const read = () => {
    // Server frames are unmasked and, in these tests, under 64 KB.
    while (pending.length >= 2) {
      let length = pending[1]! & 0x7f;
      let offset = 2;
      if (length === 126) {
        if (pending.length < 4) return;
        length = pending.readUInt16BE(2);
        offset = 4;
      }
      if (pending.length < offset + length) return;
      const opcode = pending[0]! & 0x0f;
      const payload = pending.subarray(offset, offset + length);
      if (opcode === OPCODE.text) client.messages.push(JSON.parse(payload.toString('utf8')));
      if (opcode === OPCODE.close) client.closeCode = payload.readUInt16BE(0);
      pending = pending.subarray(offset + length);
    }
  };
  socket.on('data', (chunk: Buffer) => {
    pending = Buffer.concat([pending, chunk]);
    read();
  });
  socket.on('close', () => (client.ended = true));
  socket.on('error', () => undefined);
  read();
  return client;
}
