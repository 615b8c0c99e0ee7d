/**
 * `npx tsx test/extension/bench/breakdown.ts`: where the time between Enter and the fixture backend goes, stage
 * by stage, for a 2 KB prompt with a secret. Marks are taken from outside the shipped code: the bench wraps
 * `fetch` and listens to messages inside the running service worker, wraps `fetch` and watches the composer in
 * the page's main world, and reads Node's HTTP diagnostics channels in the gateway. Every mark is on the
 * wall clock (`timeOrigin + now()`), so stages that cross processes carry the clocks' small skew.
 */
import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Page, Worker } from 'playwright-core';
import { startFixtureServer } from '../fixtures/server';
import { FIXTURE_SITES, type FixtureSite } from '../fixtures/sites';
import { launchWithExtension } from '../support/browser';
import { ensureExtensionBuilt } from '../support/build-extension';
import { startTestGateway } from '../../../desktop/src/gateway/testing/test-gateway';
import { E2E_POLICY, SECRETS } from '../support/e2e-policy';
import { openSite, typePrompt } from '../support/page-actions';
import { until } from './until';
import { launchPlain } from './plain-browser';

const SENDS = Number(process.env['BENCH_SENDS'] ?? 30);
/** `BENCH_CHANNEL=off`: the background's gateway calls go over HTTP, as before the channel. */
const CHANNEL = process.env['BENCH_CHANNEL'] !== 'off';
const WARMUP = 3;
const wall = () => performance.timeOrigin + performance.now();

interface WorkerMarks {
  message: number[];
  callStart: number[];
  callEnd: number[];
}
interface PageMarks {
  rewritten: number[];
  fetchCall: number[];
}

/** tsx keeps function names with a `__name` helper that the browser side lacks; this stands in for it. */
const KEEP_NAMES = 'globalThis.__name = (target) => target';

function prompt(i: number): string {
  const filler = 'The build pipeline retries flaky integration tests twice before failing the job; ';
  let text = `Request ${i}: please review why deploys fail with token ${SECRETS.github}. `;
  while (text.length < 2048) text += filler;
  return text.slice(0, 2048);
}

/**
 * Marks inside the extension's service worker: an inspect message arriving, and its gateway call going out
 * and its answer coming back, over HTTP (`fetch`) or over the channel (the WebSocket). With `channel: false`
 * the WebSocket cannot be opened, so the background takes the HTTP path it took before the channel existed.
 */
async function markWorker(worker: Worker, channel: boolean): Promise<void> {
  await worker.evaluate(KEEP_NAMES);
  await worker.evaluate((useChannel) => {
    type Marks = { message: number[]; callStart: number[]; callEnd: number[] };
    const scope = globalThis as unknown as {
      __pgMarks?: Marks;
      chrome: { runtime: { onMessage: { addListener(listener: (message: { promptgate?: string }) => void): void } } };
      fetch: typeof fetch;
      WebSocket: typeof WebSocket;
    };
    if (scope.__pgMarks) return;
    const marks: Marks = { message: [], callStart: [], callEnd: [] };
    scope.__pgMarks = marks;
    const at = () => performance.timeOrigin + performance.now();
    scope.chrome.runtime.onMessage.addListener((message) => {
      if (message.promptgate === 'inspect') marks.message.push(at());
    });
    const original = scope.fetch.bind(globalThis);
    scope.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const isInspect = (input instanceof Request ? input.url : String(input)).endsWith('/api/inspect');
      if (isInspect) marks.callStart.push(at());
      const response = await original(input, init);
      if (!isInspect) return response;
      const text = await response.text();
      marks.callEnd.push(at());
      return new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers });
    };
    const Native = scope.WebSocket;
    scope.WebSocket = class extends Native {
      constructor(url: string | URL, protocols?: string | string[]) {
        if (!useChannel) throw new Error('the channel is off in this run');
        super(url, protocols);
        // Registered before the background's own `onmessage`, so this mark is the answer's arrival.
        this.addEventListener('message', (event: MessageEvent) => {
          if (String(event.data).includes('"type":"answer"') && String(event.data).includes('verdict')) marks.callEnd.push(at());
        });
      }
      override send(data: string | ArrayBufferLike | Blob | ArrayBufferView) {
        if (typeof data === 'string' && data.includes('"call":"POST /api/inspect"')) marks.callStart.push(at());
        super.send(data);
      }
    };
  }, channel);
}

/** Marks in the page's main world: the composer taking the redacted text, and the site's own `fetch` call. */
async function markPage(page: Page, composer: string): Promise<void> {
  await page.evaluate(KEEP_NAMES);
  await page.evaluate((selector) => {
    const marks = { rewritten: [] as number[], fetchCall: [] as number[] };
    (window as unknown as { __pgMarks: typeof marks }).__pgMarks = marks;
    const at = () => performance.timeOrigin + performance.now();
    let seen = false;
    const look = () => {
      const element = document.querySelector(selector);
      const text = element instanceof HTMLTextAreaElement ? element.value : (element?.textContent ?? '');
      const now = text.includes('[GITHUB_PAT_1]');
      if (now && !seen) marks.rewritten.push(at());
      seen = now;
    };
    // A textarea's new value shows only in its input event; a rich editor's also in its DOM.
    new MutationObserver(look).observe(document.body, { subtree: true, childList: true, characterData: true });
    window.addEventListener('input', look, true);
    const original = window.fetch.bind(window);
    window.fetch = (...args: Parameters<typeof fetch>) => {
      marks.fetchCall.push(at());
      return original(...args);
    };
  }, composer);
}

function stats(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const pick = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  return `${pick(50).toFixed(1).padStart(6)} / ${pick(95).toFixed(1).padStart(6)}`;
}

const extensionDir = await ensureExtensionBuilt();
const [gateway, fixture] = await Promise.all([startTestGateway({ policyYaml: E2E_POLICY }), startFixtureServer()]);
const browser = await launchWithExtension(extensionDir, fixture.hostRules());
await browser.setSettings({ gatewayUrl: gateway.gateway.url, token: gateway.extensionToken });
const plain = await launchPlain(fixture.hostRules());
const plainContext = await plain.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1000, height: 700 } });

const gatewayMarks = { start: [] as number[], finish: [] as number[] };
subscribe('http.server.request.start', (message) => {
  if ((message as { request: IncomingMessage }).request.url === '/api/inspect') gatewayMarks.start.push(wall());
});
subscribe('http.server.response.finish', (message) => {
  if ((message as { request: IncomingMessage; response: ServerResponse }).request.url === '/api/inspect') gatewayMarks.finish.push(wall());
});

const sites = FIXTURE_SITES.filter((s) => !process.env['BENCH_SITES'] || process.env['BENCH_SITES'].split(',').includes(s.id));
const lines: string[] = [];

/** Enter → backend for prompt `i`, then waits for its reply as the page finally shows it (restored with the extension). */
async function enterToBackend(page: Page, site: FixtureSite, i: number, restored: boolean): Promise<{ enter: number; received: number }> {
  const before = fixture.sends.length;
  await typePrompt(page, site, prompt(i));
  const enter = wall();
  const startedNow = performance.now();
  await page.keyboard.press('Enter');
  const received = await until('the prompt', () => fixture.sends[before], 10_000);
  await page.waitForFunction(
    ([n, expected]) => {
      const replies = document.querySelectorAll('#thread > :not(.user)');
      const text = replies[replies.length - 1]?.textContent ?? '';
      return replies.length === Number(n) && (expected === 'Noted.' ? text === expected : text.includes(expected));
    },
    [String(i + 1), restored ? SECRETS.github : 'Noted.'] as const,
  );
  return { enter, received: enter + (received.at - startedNow) };
}

try {
  for (const site of sites) {
    const page = await browser.context.newPage();
    await openSite(page, fixture, site, `breakdown-${site.id}`);
    await markPage(page, site.composer);
    const bare = await plainContext.newPage();
    await openSite(bare, fixture, site, `breakdown-plain-${site.id}`);
    await markPage(bare, site.composer);
    const stages: Record<string, number[]> = {};
    const add = (name: string, value: number) => (stages[name] ??= []).push(value);
    for (let i = 0; i < SENDS + WARMUP; i++) {
      const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
      await markWorker(worker, CHANNEL);
      const w = await enterToBackend(page, site, i, true);
      const b = await enterToBackend(bare, site, i, false);
      const sw = await worker.evaluate(() => (globalThis as unknown as { __pgMarks: WorkerMarks }).__pgMarks);
      const pm = await page.evaluate(() => (window as unknown as { __pgMarks: PageMarks }).__pgMarks);
      const bm = await bare.evaluate(() => (window as unknown as { __pgMarks: PageMarks }).__pgMarks);
      if (i < WARMUP) continue;
      const last = (values: number[]) => values.at(-1)!;
      add('1 Enter → background has the message', last(sw.message) - w.enter);
      add('2 message → gateway call starts', last(sw.callStart) - last(sw.message));
      add('3 call starts → gateway has the request', last(gatewayMarks.start) - last(sw.callStart));
      add('4 gateway handles /api/inspect', last(gatewayMarks.finish) - last(gatewayMarks.start));
      add('5 gateway answered → background has the body', last(sw.callEnd) - last(gatewayMarks.finish));
      add('6 background has it → composer rewritten', last(pm.rewritten) - last(sw.callEnd));
      add('7 rewritten → page calls fetch', last(pm.fetchCall) - last(pm.rewritten));
      add('8 page fetch → backend (backstop included)', w.received - last(pm.fetchCall));
      add('  total with extension', w.received - w.enter);
      add('  (without) Enter → page calls fetch', last(bm.fetchCall) - b.enter);
      add('  (without) page fetch → backend', b.received - last(bm.fetchCall));
      add('  (without) total', b.received - b.enter);
    }
    lines.push(`\n${site.id} (${SENDS} sends, gateway calls over ${CHANNEL ? 'the channel' : 'HTTP'}; p50 / p95 ms)`);
    for (const [name, values] of Object.entries(stages)) lines.push(`${name.padEnd(46)} ${stats(values)}`);
    await page.close();
    await bare.close();
  }
} finally {
  await plain.close();
  await browser.close();
  await fixture.close();
  await gateway.stop();
}
console.log(lines.join('\n'));
