import type { Readable } from 'node:stream';

/** How much of a refused body the server still reads and throws away so its client can read the 413, and for how long. */
export interface DiscardBounds {
  bytes: number;
  ms: number;
}

export const DISCARD_BOUNDS: DiscardBounds = { bytes: 64 * 1024 * 1024, ms: 10_000 };

/** Requests whose body `discardRest` stopped reading: what is left of it would be read as the next request. */
const abandoned = new WeakSet<Readable>();

/** Whether the answer to this request must close its connection, because part of its body was left unread. */
export function bodyAbandoned(request: Readable): boolean {
  return abandoned.has(request);
}

/**
 * Reads the rest of a refused body and drops it, within `bounds`. A client that sent its whole body in one go
 * reads the answer only if the connection is not reset under it, and a socket closed with unread data is
 * reset. Resolves true once the body has ended; false when it went past the byte or time bound (the stream
 * is left paused: its connection must close after the answer) or broke off.
 */
export function discardRest(request: Readable & { complete?: boolean }, bounds: DiscardBounds = DISCARD_BOUNDS): Promise<boolean> {
  const whole = () => request.complete ?? request.readableEnded;
  if (whole() || request.destroyed) return Promise.resolve(whole());
  return new Promise((resolve) => {
    let discarded = 0;
    const finish = (ended: boolean) => {
      clearTimeout(timer);
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('close', onClose);
      resolve(ended);
    };
    const giveUp = () => {
      request.pause();
      abandoned.add(request);
      finish(false);
    };
    // A client that trickles its refused body would otherwise hold the connection for as long as it likes.
    const timer = setTimeout(giveUp, bounds.ms);
    const onData = (chunk: Buffer) => {
      discarded += chunk.length;
      if (discarded > bounds.bytes) giveUp();
    };
    const onEnd = () => finish(true);
    const onClose = () => finish(whole());
    request.on('data', onData);
    request.once('end', onEnd);
    request.once('close', onClose);
    request.resume();
  });
}
