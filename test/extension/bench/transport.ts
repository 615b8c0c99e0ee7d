/**
 * `npx tsx test/extension/bench/transport.ts`: the ways between the extension and the gateway, round trip by
 * round trip, to weigh the alternatives for the Enter's path: HTTP `fetch` from the service worker (health,
 * and a 2 KB inspection) against the same calls over the gateway channel; `runtime.sendMessage` against an
 * open `runtime.Port` between an extension page and the background; and a message to a stopped service
 * worker (its wake-up). Also counts CORS preflights at the gateway. A figure, not a test.
 */
import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import { launchWithExtension } from '../support/browser';
import { ensureExtensionBuilt } from '../support/build-extension';
import { startTestGateway } from '../../../desktop/src/gateway/testing/test-gateway';
import { E2E_POLICY, SECRETS } from '../support/e2e-policy';
import { startFixtureServer } from '../fixtures/server';

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 200);
/** tsx keeps function names with a `__name` helper that the browser side lacks; this stands in for it. */
const KEEP_NAMES = 'globalThis.__name = (target) => target';

function summary(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const pick = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  return `${pick(50).toFixed(2).padStart(7)} / ${pick(95).toFixed(2).padStart(7)} ms`;
}

let text = `please review why deploys fail with token ${SECRETS.github}. `;
while (text.length < 2048) text += 'The build pipeline retries flaky integration tests twice before failing the job; ';
const inspectBody = JSON.stringify({
  source: { site: 'chatgpt.com', url: 'https://chatgpt.com/c/transport' },
  conversationId: 'transport',
  segments: [{ id: 'prompt', kind: 'prompt', text: text.slice(0, 2048) }],
});

const extensionDir = await ensureExtensionBuilt();
const [gateway, fixture] = await Promise.all([startTestGateway({ policyYaml: E2E_POLICY }), startFixtureServer()]);
const browser = await launchWithExtension(extensionDir, fixture.hostRules());
const preflights = { count: 0 };
subscribe('http.server.request.start', (message) => {
  if ((message as { request: IncomingMessage }).request.method === 'OPTIONS') preflights.count++;
});

const lines: string[] = [];
try {
  const worker = browser.worker;
  await worker.evaluate(KEEP_NAMES);
  const inWorker = await worker.evaluate(
    async ({ url, token, body, rounds }) => {
      const timed = async (run: () => Promise<unknown>) => {
        const times: number[] = [];
        for (let i = 0; i < rounds + 5; i++) {
          const started = performance.now();
          await run();
          if (i >= 5) times.push(performance.now() - started);
        }
        return times;
      };
      const headers = { authorization: `Bearer ${token}` };
      const httpHealth = await timed(() => fetch(`${url}/api/health`, { headers }).then((r) => r.text()));
      const httpInspect = await timed(() =>
        fetch(`${url}/api/inspect`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body }).then((r) => r.text()),
      );
      const socket = new WebSocket(`${url.replace('http:', 'ws:')}/api/channel`);
      const waiting = new Map<number, () => void>();
      await new Promise<void>((resolve, reject) => {
        socket.onerror = () => reject(new Error('the channel did not open'));
        socket.onopen = () => socket.send(JSON.stringify({ type: 'hello', token }));
        socket.onmessage = (event: MessageEvent) => {
          const message = JSON.parse(String(event.data)) as { type: string; id?: number };
          if (message.type === 'ready') resolve();
          else if (message.id !== undefined) waiting.get(message.id)?.();
        };
      });
      let id = 0;
      const overChannel = (call: string, payload?: string) =>
        new Promise<void>((resolve) => {
          const mine = ++id;
          waiting.set(mine, resolve);
          socket.send(JSON.stringify({ type: 'request', id: mine, call, ...(payload === undefined ? {} : { body: payload }) }));
        });
      const channelHealth = await timed(() => overChannel('GET /api/health'));
      const channelInspect = await timed(() => overChannel('POST /api/inspect', body));
      socket.close();
      return { httpHealth, httpInspect, channelHealth, channelInspect };
    },
    { url: gateway.gateway.url, token: gateway.extensionToken, body: inspectBody, rounds: ROUNDS },
  );
  lines.push(`service worker → gateway, round trip p50 / p95 (${ROUNDS} each)`);
  lines.push(`  HTTP fetch  GET /api/health          ${summary(inWorker.httpHealth)}`);
  lines.push(`  channel     GET /api/health          ${summary(inWorker.channelHealth)}`);
  lines.push(`  HTTP fetch  POST /api/inspect (2 KB) ${summary(inWorker.httpInspect)}`);
  lines.push(`  channel     POST /api/inspect (2 KB) ${summary(inWorker.channelInspect)}`);
  lines.push(`  CORS preflights the gateway saw: ${preflights.count}`);

  // Echo listeners in the background, for the messaging round trips from an extension page.
  await worker.evaluate(() => {
    type Runtime = {
      onMessage: { addListener(listener: (message: { pgEcho?: number }, sender: unknown, reply: (answer: unknown) => void) => boolean | undefined): void };
      onConnect: {
        addListener(listener: (port: { name: string; onMessage: { addListener(listener: (message: unknown) => void): void }; postMessage(message: unknown): void }) => void): void;
      };
    };
    const runtime = (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome.runtime;
    runtime.onMessage.addListener((message, _sender, reply) => {
      if (message.pgEcho === undefined) return undefined;
      reply(message);
      return false;
    });
    runtime.onConnect.addListener((port) => {
      if (port.name === 'pg-echo') port.onMessage.addListener((message) => port.postMessage(message));
    });
  });
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.evaluate(KEEP_NAMES);
  const messaging = await page.evaluate(async (rounds) => {
    type Port = { onMessage: { addListener(listener: (message: unknown) => void): void }; postMessage(message: unknown): void };
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown>; connect(info: { name: string }): Port } } }).chrome.runtime;
    const timed = async (run: () => Promise<unknown>) => {
      const times: number[] = [];
      for (let i = 0; i < rounds + 5; i++) {
        const started = performance.now();
        await run();
        if (i >= 5) times.push(performance.now() - started);
      }
      return times;
    };
    const sendMessage = await timed(() => runtime.sendMessage({ pgEcho: 1, text: 'x'.repeat(2048) }));
    const port = runtime.connect({ name: 'pg-echo' });
    let answered: (() => void) | undefined;
    port.onMessage.addListener(() => answered?.());
    const overPort = await timed(
      () =>
        new Promise<void>((resolve) => {
          answered = resolve;
          port.postMessage({ pgEcho: 1, text: 'x'.repeat(2048) });
        }),
    );
    return { sendMessage, overPort };
  }, ROUNDS);
  lines.push(`\nextension page → background → back, 2 KB message, p50 / p95 (${ROUNDS} each)`);
  lines.push(`  runtime.sendMessage                  ${summary(messaging.sendMessage)}`);
  lines.push(`  open runtime.Port                    ${summary(messaging.overPort)}`);

  // A stopped service worker: what the first message after the browser stopped it costs.
  const session = await browser.context.newCDPSession(page);
  const wakeUps: number[] = [];
  for (let i = 0; i < 10; i++) {
    await session.send('ServiceWorker.enable');
    await session.send('ServiceWorker.stopAllWorkers');
    wakeUps.push(
      await page.evaluate(() => {
        const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } }).chrome.runtime;
        const started = performance.now();
        // Any promptgate message wakes the background; `status` answers without the gateway when unpaired.
        return runtime.sendMessage({ promptgate: 'status', payload: {} }).then(() => performance.now() - started);
      }),
    );
  }
  lines.push(`\nfirst message to a stopped service worker (wake-up included), 10 times: ${summary(wakeUps)}`);
} finally {
  await browser.close();
  await fixture.close();
  await gateway.stop();
}
console.log(lines.join('\n'));
