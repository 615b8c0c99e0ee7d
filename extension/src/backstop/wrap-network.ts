import type { Decision, MainGate } from './main-gate';

/** The error a stopped `fetch` rejects with: the same kind a network failure gives, so sites handle it. */
const stopped = () => new TypeError('promptgate stopped this request: it carried sensitive data that was not approved');

function then<T>(decision: Decision | Promise<Decision>, next: (decision: Decision) => T): T | Promise<T> {
  return decision instanceof Promise ? decision.then(next) : next(decision);
}

function urlOf(input: unknown): string {
  if (input instanceof Request) return input.url;
  return String(input);
}

function wrapFetch(gate: MainGate): void {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- the page's own function, kept to call later with its receiver.
  const original = window.fetch;
  window.fetch = function fetch(this: unknown, input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const body = init?.body ?? (input instanceof Request && input.body !== null ? input : undefined);
    if (body === undefined || body === null) return original.call(this, input, init);
    return Promise.resolve(
      then(gate.decide('fetch', urlOf(input), body), (decision) => {
        if (decision.send === 'nothing') throw stopped();
        if (decision.send === 'as-is') return original.call(this, input, init);
        const rewritten = decision.body as BodyInit;
        return init?.body != null ? original.call(this, input, { ...init, body: rewritten }) : original.call(this, new Request(input as Request, { body: rewritten }), init);
      }),
    );
  };
}

function wrapXhr(gate: MainGate): void {
  const proto = XMLHttpRequest.prototype;
  // eslint-disable-next-line @typescript-eslint/unbound-method, @typescript-eslint/no-unnecessary-type-assertion -- the page's own open(), kept to call later with its receiver; it is overloaded, and call() needs the one signature named here.
  const open = proto.open as (this: XMLHttpRequest, method: string, url: string | URL, async?: boolean, user?: string | null, password?: string | null) => void;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- the page's own function, kept to call later with its receiver.
  const send = proto.send;
  const opened = new WeakMap<XMLHttpRequest, { method: string; url: string; async: boolean }>();
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- open() is overloaded: call() needs the one signature named here.
  proto.open = function (this: XMLHttpRequest, method: string, url: string | URL, async?: boolean, user?: string | null, password?: string | null) {
    opened.set(this, { method, url: String(url), async: async !== false });
    return arguments.length <= 2 ? open.call(this, method, url) : open.call(this, method, url, async, user, password);
  } as typeof proto.open;
  proto.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
    const state = opened.get(this);
    const decision = gate.decide('xhr', state?.url ?? '', body);
    const go = (d: Decision) => {
      if (d.send === 'as-is') return send.call(this, body);
      if (d.send === 'rewritten') return send.call(this, d.body as XMLHttpRequestBodyInit);
      // A request that was never sent cannot be aborted into an error; one to a URL that cannot load can.
      open.call(this, state?.method ?? 'POST', 'about:blank', state?.async ?? true);
      return send.call(this);
    };
    if (!(decision instanceof Promise)) return go(decision);
    // A synchronous request cannot wait for a person: it fails at once, like a network error.
    if (state && !state.async) throw new DOMException('promptgate stopped this request: its body could not be checked in time', 'NetworkError');
    void decision.then(go);
  };
}

function wrapWebSocket(gate: MainGate): void {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- the page's own function, kept to call later with its receiver.
  const send = WebSocket.prototype.send;
  // Messages on one socket keep their order: one waiting for a verdict holds back the ones after it.
  const queues = new WeakMap<WebSocket, Promise<void>>();
  WebSocket.prototype.send = function (this: WebSocket, data: string | ArrayBufferLike | Blob | ArrayBufferView) {
    const queued = queues.get(this);
    const deliver = (d: Decision) => {
      if (d.send === 'as-is') send.call(this, data);
      else if (d.send === 'rewritten') send.call(this, d.body as string | ArrayBufferLike | Blob | ArrayBufferView);
    };
    if (!queued) {
      const decision = gate.decide('websocket', this.url, data);
      if (!(decision instanceof Promise)) return deliver(decision);
      const next = decision.then(deliver).finally(() => queues.get(this) === next && queues.delete(this));
      queues.set(this, next);
      return;
    }
    const next = queued
      .then(() => gate.decide('websocket', this.url, data))
      .then(deliver)
      .finally(() => queues.get(this) === next && queues.delete(this));
    queues.set(this, next);
  };
}

function wrapBeacon(gate: MainGate): void {
  if (typeof navigator.sendBeacon !== 'function') return;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- the page's own function, kept to call later with its receiver.
  const original = navigator.sendBeacon;
  navigator.sendBeacon = function sendBeacon(this: Navigator, url: string | URL, data?: BodyInit | null): boolean {
    const decision = gate.decide('beacon', String(url), data);
    const go = (d: Decision) => (d.send === 'nothing' ? false : original.call(this, url, d.send === 'as-is' ? data : (d.body as BodyInit)));
    if (!(decision instanceof Promise)) return go(decision);
    // Queued for the check; a beacon's answer only says it was queued.
    void decision.then(go);
    return true;
  };
}

/** Wraps every way a page sends data out, so each body passes the gate first. */
export function wrapNetwork(gate: MainGate): void {
  wrapFetch(gate);
  wrapXhr(gate);
  wrapWebSocket(gate);
  wrapBeacon(gate);
}
