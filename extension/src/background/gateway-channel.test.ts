import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { callOverChannel } from './call-over-channel';
import { CHANNEL_RETRY_MS, GatewayChannel } from './gateway-channel';
import { GatewayUnavailableError } from './gateway-client';

/** A stand-in for the browser's WebSocket: the test plays the gateway. */
class FakeSocket {
  readyState = 0;
  sent: Array<Record<string, unknown>> = [];
  closed = false;
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: string }) => void) | null = null;
  onclose: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly url: string) {}
  send(data: string) {
    this.sent.push(JSON.parse(data) as Record<string, unknown>);
  }
  close() {
    this.closed = true;
    this.readyState = 3;
  }
  accept() {
    this.readyState = 1;
    this.onopen?.();
  }
  say(message: unknown) {
    this.onmessage?.({ data: JSON.stringify(message) });
  }
  lose() {
    this.readyState = 3;
    this.onclose?.();
  }
}

const target = { gatewayUrl: 'http://127.0.0.1:8787', token: 'tok' };
let sockets: FakeSocket[];
let clock: number;
let channel: GatewayChannel;
const fetchMock = vi.fn<typeof fetch>();

beforeEach(() => {
  sockets = [];
  clock = 1_000;
  channel = new GatewayChannel(
    (url) => {
      const socket = new FakeSocket(url);
      sockets.push(socket);
      return socket as unknown as WebSocket;
    },
    () => clock,
  );
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function readyChannel(): FakeSocket {
  channel.connect(target);
  const socket = sockets.at(-1)!;
  socket.accept();
  socket.say({ type: 'ready' });
  return socket;
}

describe('the background\u2019s channel to the gateway', () => {
  it('opens on the gateway\u2019s port, says hello with the token, and carries calls matched to answers by id', async () => {
    const socket = readyChannel();
    expect(socket.url).toBe('ws://127.0.0.1:8787/api/channel');
    expect(socket.sent[0]).toEqual({ type: 'hello', token: 'tok' });
    const first = channel.call(target, 'POST /api/inspect', '{"a":1}', 8_000);
    const second = channel.call(target, 'GET /api/health', undefined, 8_000);
    const [one, two] = socket.sent.slice(1) as Array<{ id: number; call: string; body?: string }>;
    expect(one).toMatchObject({ type: 'request', call: 'POST /api/inspect', body: '{"a":1}' });
    expect(two).toMatchObject({ type: 'request', call: 'GET /api/health' });
    socket.say({ type: 'answer', id: two!.id, status: 200, body: '{"ok":true}' });
    socket.say({ type: 'answer', id: one!.id, status: 200, body: '{"verdict":"redact"}' });
    expect(await first).toEqual({ status: 200, body: '{"verdict":"redact"}' });
    expect(await second).toEqual({ status: 200, body: '{"ok":true}' });
  });

  it('does not carry a call before the gateway said ready, and starts opening for the next one', async () => {
    expect(await channel.call(target, 'POST /api/inspect', '{}', 8_000)).toBeUndefined();
    expect(sockets).toHaveLength(1);
    sockets[0]!.accept();
    expect(await channel.call(target, 'POST /api/inspect', '{}', 8_000)).toBeUndefined();
  });

  it('hands a call in flight back to HTTP when the channel closes before the answer', async () => {
    const socket = readyChannel();
    const asked = channel.call(target, 'POST /api/inspect', '{}', 8_000);
    socket.lose();
    expect(await asked).toBeUndefined();
  });

  it('treats an answer that does not come in time as a timeout, never as a pass', async () => {
    vi.useFakeTimers();
    const socket = readyChannel();
    const asked = channel.call(target, 'POST /api/inspect', '{}', 8_000);
    const failed = expect(asked).rejects.toMatchObject({ reason: 'timeout' });
    await vi.advanceTimersByTimeAsync(8_000);
    await failed;
    expect(socket.closed).toBe(true);
  });

  it('after a refused token, leaves the channel alone for a while, then tries again', () => {
    channel.connect(target);
    sockets[0]!.accept();
    sockets[0]!.say({ type: 'refused', status: 401, message: 'missing or invalid token' });
    expect(sockets[0]!.closed).toBe(true);
    channel.connect(target);
    expect(sockets).toHaveLength(1);
    clock += CHANNEL_RETRY_MS;
    channel.connect(target);
    expect(sockets).toHaveLength(2);
  });

  it('does not hold a refused token against the next one (the person paired again)', () => {
    channel.connect({ ...target, token: 'revoked' });
    sockets[0]!.accept();
    sockets[0]!.say({ type: 'refused', status: 401, message: 'missing or invalid token' });
    channel.connect(target);
    expect(sockets).toHaveLength(2);
    expect(sockets[1]!.closed).toBe(false);
  });

  it('opens a new channel when the token changes, closing the old one', () => {
    const old = readyChannel();
    channel.connect({ ...target, token: 'new' });
    expect(old.closed).toBe(true);
    expect(sockets).toHaveLength(2);
    expect(channel.connect({ ...target, token: null })).toBeUndefined();
    expect(sockets).toHaveLength(2);
  });

  it('closes on an answer it cannot read', async () => {
    const socket = readyChannel();
    const asked = channel.call(target, 'POST /api/inspect', '{}', 8_000);
    socket.onmessage?.({ data: 'not json' });
    expect(await asked).toBeUndefined();
    expect(socket.closed).toBe(true);
  });
});

describe('a hot call, over the channel or HTTP', () => {
  it('reads a channel answer like an HTTP one: 401 is "not paired"', async () => {
    const socket = readyChannel();
    const asked = callOverChannel(channel, target, 'POST /api/inspect', { body: {}, timeoutMs: 8_000 });
    const request = socket.sent[1] as { id: number };
    socket.say({ type: 'answer', id: request.id, status: 401, body: '{"error":{"code":"unauthorized","message":"no"}}' });
    await expect(asked).rejects.toEqual(new GatewayUnavailableError('not-paired', 'this browser is not paired with promptgate on this computer', 401));
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('asks over HTTP when the channel cannot carry the call, and says "not running" when that fails too', async () => {
    fetchMock.mockResolvedValueOnce(new Response('{"verdict":"allow"}'));
    expect(await callOverChannel(channel, target, 'POST /api/inspect', { body: { a: 1 }, timeoutMs: 8_000 })).toEqual({ verdict: 'allow' });
    expect(fetchMock.mock.calls[0]![0]).toBe('http://127.0.0.1:8787/api/inspect');
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await expect(callOverChannel(channel, target, 'POST /api/inspect', { body: {}, timeoutMs: 8_000 })).rejects.toMatchObject({ reason: 'not-running' });
  });
});
