import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { channelClientMessageSchema, LIMITS, type ChannelClientMessage, type ChannelServerMessage } from '@promptgate/shared';
import type { TokenAuthority } from '../auth';
import { closeFrame, FrameError, OPCODE, readFrames, writeFrame, type Frame } from './frames';
import { ChannelRefusal, channelHandshake, refusalHead } from './handshake';
import type { Forward } from './loopback-forward';

export interface ExtensionChannelDeps {
  port: () => number;
  tokens: TokenAuthority;
  forward: Forward;
  /** Aborted when the gateway shuts down: open channels close at once (they would hold `server.close()`). */
  shutdown: AbortSignal;
  onError?: (error: unknown, where: string) => void;
}

/** Room for the largest inspect body plus the envelope and JSON escaping of its text. */
const MAX_MESSAGE_BYTES = LIMITS.inspectBodyBytes * 2 + 1024;

/**
 * Serves the extension channel on the gateway's `upgrade` event. Any other upgrade is refused with the
 * gateway's JSON error, so attaching this handler opens no other door.
 */
export function attachExtensionChannel(server: Server, deps: ExtensionChannelDeps): void {
  const open = new Set<Duplex>();
  deps.shutdown.addEventListener('abort', () => open.forEach((socket) => socket.destroy()), { once: true });
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    let accept: string;
    try {
      accept = channelHandshake(request, deps.port());
    } catch (error) {
      const refusal = error instanceof ChannelRefusal ? error : new ChannelRefusal(400, 'bad_upgrade', 'not a WebSocket handshake');
      socket.end(refusalHead(refusal));
      return;
    }
    if (deps.shutdown.aborted) return void socket.destroy();
    open.add(socket);
    socket.once('close', () => open.delete(socket));
    socket.write(accept);
    serveChannel(socket, head, String(request.headers.origin), deps);
  });
}

function serveChannel(socket: Duplex, head: Buffer, origin: string, deps: ExtensionChannelDeps): void {
  // An answer is one small write the extension waits on: Nagle's delay would be pure loss here.
  (socket as Duplex & { setNoDelay?: (noDelay: boolean) => void }).setNoDelay?.(true);
  let token: string | null = null;
  let pending = head;
  let closing = false;

  const send = (message: ChannelServerMessage) => {
    if (!closing && socket.writable) socket.write(writeFrame(OPCODE.text, Buffer.from(JSON.stringify(message))));
  };
  const close = (code: number, reason: string) => {
    if (closing) return;
    closing = true;
    if (!socket.writable) return void socket.destroy();
    socket.end(closeFrame(code, reason));
    // The client answers a close and hangs up; one that does not is not waited for.
    setTimeout(() => socket.destroy(), 2_000).unref();
  };

  const onMessage = (message: ChannelClientMessage) => {
    if (message.type === 'hello') {
      if (token !== null) return close(1008, 'already authenticated');
      const verified = deps.tokens.verify(message.token);
      // The same refusal for a missing, unknown, revoked or wrong-kind token, as on `/api`.
      if (!verified || verified.kind !== 'extension') {
        send({ type: 'refused', status: 401, message: 'missing or invalid token' });
        return close(1008, 'unauthorized');
      }
      token = message.token;
      return send({ type: 'ready' });
    }
    if (token === null) return close(1008, 'say hello first');
    const [method, path] = message.call.split(' ') as [string, string];
    const { id } = message;
    deps.forward({ method, path, ...(message.body === undefined ? {} : { body: message.body }), token, origin }).then(
      (answer) => send({ type: 'answer', id, status: answer.status, body: answer.body }),
      (error: unknown) => {
        deps.onError?.(error, `channel ${message.call}`);
        send({ type: 'answer', id, status: 500, body: JSON.stringify({ error: { code: 'internal_error', message: 'the gateway could not handle this request; see its log' } }) });
      },
    );
  };

  const onData = (chunk: Buffer) => {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    let frames;
    try {
      ({ frames, rest: pending } = readFrames(pending, MAX_MESSAGE_BYTES));
    } catch (error) {
      return close(error instanceof FrameError ? error.closeCode : 1002, error instanceof Error ? error.message : 'bad frame');
    }
    for (const frame of frames) {
      if (closing) return;
      if (frame.opcode === OPCODE.close) return close(1000, '');
      if (frame.opcode === OPCODE.ping) {
        if (socket.writable) socket.write(writeFrame(OPCODE.pong, frame.payload));
        continue;
      }
      if (frame.opcode === OPCODE.pong) continue;
      const message = assemble(frame);
      if (message === 'refused') return;
      if (message === undefined) continue;
      let parsed: ReturnType<typeof channelClientMessageSchema.safeParse>;
      try {
        parsed = channelClientMessageSchema.safeParse(JSON.parse(message.toString('utf8')));
      } catch {
        return close(1007, 'not JSON');
      }
      if (!parsed.success) return close(1008, 'not a channel message');
      onMessage(parsed.data);
    }
  };

  /** Joins a fragmented message; a whole one when its last part came, undefined while parts are missing. */
  let fragments: Buffer[] | null = null;
  let fragmentBytes = 0;
  const refuse = (code: number, reason: string): 'refused' => {
    close(code, reason);
    return 'refused';
  };
  const assemble = (frame: Frame): Buffer | undefined | 'refused' => {
    if (frame.opcode === OPCODE.text) {
      if (fragments) return refuse(1002, 'a new message inside a fragmented one');
      if (frame.fin) return frame.payload;
      fragments = [frame.payload];
      fragmentBytes = frame.payload.length;
      return undefined;
    }
    if (!fragments) return refuse(1002, 'a continuation without a message');
    fragments.push(frame.payload);
    fragmentBytes += frame.payload.length;
    if (fragmentBytes > MAX_MESSAGE_BYTES) return refuse(1009, 'message too large');
    if (!frame.fin) return undefined;
    const whole = Buffer.concat(fragments);
    fragments = null;
    return whole;
  };
  socket.on('data', onData);
  if (head.length) {
    pending = Buffer.alloc(0);
    onData(head);
  }
}
