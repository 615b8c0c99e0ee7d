import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bodyAbandoned, discardRest } from './discard-rest';

afterEach(() => {
  vi.useRealTimers();
});

describe('discardRest', () => {
  it('reads a refused body to its end and drops it, so the connection can answer and go on', async () => {
    const body = new PassThrough();
    const discarding = discardRest(body, { bytes: 100, ms: 60_000 });
    body.write(Buffer.alloc(60));
    body.end(Buffer.alloc(30));
    expect(await discarding).toBe(true);
    expect(body.readableEnded).toBe(true);
    expect(bodyAbandoned(body)).toBe(false);
  });

  it('stops past its byte bound: the rest stays unread and the answer must close the connection', async () => {
    const body = new PassThrough();
    const discarding = discardRest(body, { bytes: 100, ms: 60_000 });
    body.write(Buffer.alloc(60));
    body.write(Buffer.alloc(60));
    expect(await discarding).toBe(false);
    expect(body.isPaused()).toBe(true);
    expect(bodyAbandoned(body)).toBe(true);
  });

  it('stops at its time bound when the client trickles its body and never ends it', async () => {
    vi.useFakeTimers();
    const body = new PassThrough();
    const discarding = discardRest(body, { bytes: 100, ms: 5_000 });
    body.write(Buffer.alloc(10));
    await vi.advanceTimersByTimeAsync(5_000);
    expect(await discarding).toBe(false);
    expect(bodyAbandoned(body)).toBe(true);
  });

  it('reports a body that broke off as not ended', async () => {
    const body = new PassThrough();
    const discarding = discardRest(body, { bytes: 100, ms: 60_000 });
    body.write(Buffer.alloc(10));
    body.destroy();
    expect(await discarding).toBe(false);
  });
});
