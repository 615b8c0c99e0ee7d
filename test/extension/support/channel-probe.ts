import type { Worker } from 'playwright-core';

/** What the background did on its way to the gateway, as seen from inside its service worker. */
export interface ChannelProbeState {
  /** The gateway said `ready` on a channel opened since the probe went in. */
  ready: boolean;
  /** Channels that closed or failed since the probe went in. */
  closed: number;
  inspectsOverChannel: number;
  inspectsOverHttp: number;
}

interface ProbeScope {
  __pgProbe?: ChannelProbeState & { refuse: boolean };
  WebSocket: typeof WebSocket;
  fetch: typeof fetch;
}

/**
 * Watches the background's inspections (over the channel or HTTP) from inside its service worker. With
 * `refuse`, a channel opened from now on asks the gateway for an endpoint it does not have, so the gateway
 * refuses it as an older or broken one would.
 */
export async function probeChannel(worker: Worker, options: { refuse: boolean }): Promise<void> {
  await worker.evaluate((refuse) => {
    const scope = globalThis as unknown as ProbeScope;
    const fresh = { ready: false, closed: 0, inspectsOverChannel: 0, inspectsOverHttp: 0, refuse };
    if (scope.__pgProbe) return void Object.assign(scope.__pgProbe, fresh);
    const probe = (scope.__pgProbe = fresh);
    const Native = scope.WebSocket;
    scope.WebSocket = class extends Native {
      constructor(url: string | URL) {
        super(probe.refuse ? String(url).replace('/api/channel', '/api/no-such-channel') : url);
        this.addEventListener('message', (event: MessageEvent) => {
          if (String(event.data).includes('"type":"ready"')) probe.ready = true;
        });
        this.addEventListener('close', () => probe.closed++);
      }
    };
    const send = Object.getOwnPropertyDescriptor(Native.prototype, 'send')!.value as (this: WebSocket, data: string) => void;
    // Also counts on a channel the background opened before the probe went in.
    Native.prototype.send = function (this: WebSocket, data: string | ArrayBufferLike | Blob | ArrayBufferView) {
      if (typeof data === 'string' && data.includes('"call":"POST /api/inspect"')) probe.inspectsOverChannel++;
      send.call(this, data as string);
    };
    const fetchNative = scope.fetch.bind(globalThis);
    scope.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      if ((input instanceof Request ? input.url : String(input)).endsWith('/api/inspect')) probe.inspectsOverHttp++;
      return fetchNative(input, init);
    };
  }, options.refuse);
}

export function channelProbe(worker: Worker): Promise<ChannelProbeState> {
  return worker.evaluate(() => {
    const { ready, closed, inspectsOverChannel, inspectsOverHttp } = (globalThis as unknown as ProbeScope).__pgProbe!;
    return { ready, closed, inspectsOverChannel, inspectsOverHttp };
  });
}
