import { channelServerMessageSchema, GATEWAY_CHANNEL_PATH, type ChannelClientMessage, type GatewayChannelCall } from '@promptgate/shared';
import { GatewayUnavailableError, type GatewayTarget } from './gateway-client';

export interface ChannelAnswer {
  status: number;
  body: string;
}

/** A browser WebSocket, as far as the channel uses it (tests pass a fake). */
export type OpenSocket = (url: string) => WebSocket;

/** After a refused or failed channel, HTTP carries everything for this long before the channel is tried again. */
export const CHANNEL_RETRY_MS = 10_000;

interface Link {
  key: string;
  socket: WebSocket;
  ready: boolean;
  pending: Map<number, (answer: ChannelAnswer | undefined) => void>;
}

/** `WebSocket.OPEN`, without needing the global where a fake socket stands in. */
const OPEN = 1;

const keyOf = (target: GatewayTarget) => `${target.gatewayUrl}\n${target.token ?? ''}`;

function channelUrl(gatewayUrl: string): string | undefined {
  try {
    const url = new URL(GATEWAY_CHANNEL_PATH, gatewayUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    return url.href;
  } catch {
    return undefined;
  }
}

/**
 * The background's persistent channel to the gateway: one WebSocket, opened ahead of the person's Enter,
 * that carries the hot calls without a new HTTP exchange each. It only ever speeds things up: a call it
 * cannot carry (not open yet, refused, closed before the answer) resolves `undefined` and goes over HTTP,
 * which gives the gateway's answer or the usual "promptgate is not running"; a call the gateway does not
 * answer in time is a timeout, as over HTTP. Nothing is ever let through for lack of an answer.
 */
export class GatewayChannel {
  private link: Link | null = null;
  /** The gateway and token whose channel failed, and until when HTTP carries everything for them. */
  private retry = { key: '', at: 0 };
  private nextId = 1;

  constructor(
    private readonly open: OpenSocket | undefined = typeof WebSocket === 'function' ? (url) => new WebSocket(url) : undefined,
    private readonly now: () => number = Date.now,
  ) {}

  /** Opens the channel for this gateway and token unless it is open or opening, or failed a moment ago. */
  connect(target: GatewayTarget): void {
    if (!this.open || !target.token) return;
    const key = keyOf(target);
    if (this.link?.key === key) return;
    // Another gateway or token (settings changed): the old link goes without holding up the new one.
    if (this.link) this.drop(this.link, false);
    // A failure held against other settings (a token since replaced) does not hold up these.
    if (this.retry.key === key && this.now() < this.retry.at) return;
    const url = channelUrl(target.gatewayUrl);
    if (!url) return;
    let socket: WebSocket;
    try {
      socket = this.open(url);
    } catch {
      this.retry = { key, at: this.now() + CHANNEL_RETRY_MS };
      return;
    }
    const link: Link = { key, socket, ready: false, pending: new Map() };
    this.link = link;
    const token = target.token;
    socket.onopen = () => this.write(link, { type: 'hello', token });
    socket.onmessage = (event: MessageEvent) => this.receive(link, event.data);
    socket.onclose = () => this.drop(link);
    socket.onerror = () => this.drop(link);
  }

  /**
   * One call over the channel when it is ready for this target; `undefined` when it cannot carry it (the
   * caller then asks over HTTP, and the channel is opened for next time).
   */
  call(target: GatewayTarget, call: GatewayChannelCall, body: string | undefined, timeoutMs: number): Promise<ChannelAnswer | undefined> {
    const link = this.link;
    if (!link || !link.ready || link.key !== keyOf(target) || link.socket.readyState !== OPEN) {
      this.connect(target);
      return Promise.resolve(undefined);
    }
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        link.pending.delete(id);
        // A gateway that sat on one answer is not trusted with the next: HTTP until the channel reopens.
        this.drop(link);
        reject(new GatewayUnavailableError('timeout', 'promptgate on this computer did not answer in time'));
      }, timeoutMs);
      link.pending.set(id, (answer) => {
        clearTimeout(timer);
        resolve(answer);
      });
      if (!this.write(link, { type: 'request', id, call, ...(body === undefined ? {} : { body }) })) link.pending.get(id)?.(undefined);
    });
  }

  private write(link: Link, message: ChannelClientMessage): boolean {
    try {
      link.socket.send(JSON.stringify(message));
      return true;
    } catch {
      this.drop(link);
      return false;
    }
  }

  private receive(link: Link, data: unknown): void {
    let parsed: ReturnType<typeof channelServerMessageSchema.safeParse> | undefined;
    try {
      parsed = channelServerMessageSchema.safeParse(JSON.parse(String(data)));
    } catch {
      parsed = undefined;
    }
    if (!parsed?.success) return this.drop(link);
    const message = parsed.data;
    if (message.type === 'ready') link.ready = true;
    else if (message.type === 'refused') this.drop(link);
    else {
      const settle = link.pending.get(message.id);
      link.pending.delete(message.id);
      settle?.({ status: message.status, body: message.body });
    }
  }

  /** Closes a link; its calls in flight go over HTTP, and a link that never got ready waits before the next try. */
  private drop(link: Link, penalise = true): void {
    if (this.link === link) this.link = null;
    if (penalise && !link.ready) this.retry = { key: link.key, at: this.now() + CHANNEL_RETRY_MS };
    link.ready = false;
    link.socket.onopen = link.socket.onmessage = link.socket.onclose = link.socket.onerror = null;
    try {
      link.socket.close();
    } catch {
      // Already closed.
    }
    const settles = [...link.pending.values()];
    link.pending.clear();
    for (const settle of settles) settle(undefined);
  }
}
