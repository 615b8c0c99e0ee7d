/**
 * `npm run bench:extension`: time from Enter to the fixture backend receiving the redacted prompt, per site,
 * with the real built extension, the real gateway and a 2 KB prompt; the same for a 100 KB prompt with
 * secrets (checked and rewritten, goal under 1 s) with the page's longest main-thread task meanwhile; and the
 * size of each content script. A figure, not a test: it prints a table and exits.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { startFixtureServer } from '../fixtures/server';
import { FIXTURE_SITES } from '../fixtures/sites';
import { launchWithExtension } from '../support/browser';
import { ensureExtensionBuilt } from '../support/build-extension';
import { longPrompt } from '../fixtures/long-prompt';
import { E2E_POLICY, SECRETS } from '../support/e2e-policy';
import { startTestGateway } from '../../../desktop/src/gateway/testing/test-gateway';
import { openSite, setPrompt, typePrompt } from '../support/page-actions';
import { until } from './until';
import { measureBackstopOverhead, type Overhead } from './backstop-overhead';
import { launchPlain } from './plain-browser';

const SENDS = Number(process.env['BENCH_SENDS'] ?? 60);
const WARMUP = 3;
const LONG_SENDS = Number(process.env['BENCH_LONG_SENDS'] ?? 5);
/** `BENCH_CHANNEL=off`: the background cannot open the gateway channel, so its calls go over HTTP (the old path). */
const CHANNEL = process.env['BENCH_CHANNEL'] !== 'off';

function prompt(i: number): string {
  const filler = 'The build pipeline retries flaky integration tests twice before failing the job; ';
  let text = `Request ${i}: please review why deploys fail with token ${SECRETS.github}. `;
  while (text.length < 2048) text += filler;
  return text.slice(0, 2048);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const extensionDir = await ensureExtensionBuilt();
const [gateway, fixture] = await Promise.all([startTestGateway({ policyYaml: E2E_POLICY }), startFixtureServer()]);
const browser = await launchWithExtension(extensionDir, fixture.hostRules());
await browser.setSettings({ gatewayUrl: gateway.gateway.url, token: gateway.extensionToken });
// A string, not a function: tsx would wrap a named function in a helper the service worker lacks.
if (!CHANNEL) await browser.worker.evaluate("globalThis.WebSocket = function () { throw new Error('the channel is off in this run'); }");

const plain = await launchPlain(fixture.hostRules());
const plainContext = await plain.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1000, height: 700 } });

interface Spread {
  p50: number;
  p95: number;
  max: number;
}
const rows: Array<{ site: string; withExtension: Spread; without: Spread; n: number }> = [];
const longRows: Array<{ site: string; p50: number; max: number; longestTask: number; n: number }> = [];
const sites = FIXTURE_SITES.filter((s) => !process.env['BENCH_SITES'] || process.env['BENCH_SITES'].split(',').includes(s.id));
let overhead: Overhead | undefined;

/** Waits for the reply to prompt number `count` to show the real value again, as a person would before the next prompt. */
const replyRestored = (page: Page, count: number) =>
  page.waitForFunction(
    ([n, secret]) => {
      const replies = document.querySelectorAll('#thread > :not(.user)');
      return replies.length === Number(n) && (replies[replies.length - 1]?.textContent ?? '').includes(secret);
    },
    [String(count), SECRETS.github] as const,
  );

/** Waits for reply number `count` in a page without the extension to finish streaming (nothing to restore there). */
const replyShown = (page: Page, count: number) =>
  page.waitForFunction((n) => {
    const replies = document.querySelectorAll('#thread > :not(.user)');
    return replies.length === n && replies[replies.length - 1]?.textContent === 'Noted.';
  }, count);

function spread(times: number[]): Spread {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1)! };
}

/** One Enter → backend time, in ms, for prompt `i`; `restored` waits for the reply as the page then shows it. */
async function timeOneSend(page: Page, site: (typeof sites)[number], i: number, redacted: boolean): Promise<number> {
  const before = fixture.sends.length;
  await typePrompt(page, site, prompt(i));
  const started = performance.now();
  await page.keyboard.press('Enter');
  const received = await until('the prompt', () => fixture.sends[before], 10_000);
  if (redacted && (received.text.includes(SECRETS.github) || !received.text.includes('[GITHUB_PAT_1]'))) throw new Error(`${site.id}: the prompt was not redacted`);
  await (redacted ? replyRestored(page, i + 1) : replyShown(page, i + 1));
  return received.at - started;
}

/** Enter → backend for a 100 KB prompt with secrets, and the page's longest main-thread task meanwhile (where "frozen" would show). */
async function benchLongPrompt(site: (typeof sites)[number]): Promise<void> {
  const page = await browser.context.newPage();
  await openSite(page, fixture, site, `bench-long-${site.id}`);
  await page.evaluate(() => {
    const tracked = window as unknown as { __longestTask: number };
    tracked.__longestTask = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tracked.__longestTask = Math.max(tracked.__longestTask, entry.duration);
    }).observe({ type: 'longtask' });
  });
  const times: number[] = [];
  let longestTask = 0;
  for (let i = 0; i < LONG_SENDS + 1; i++) {
    const { text, redacted } = longPrompt(100 * 1024);
    const before = fixture.sends.length;
    await setPrompt(page, site, `Run ${i}. ${text}`);
    await page.evaluate(() => ((window as unknown as { __longestTask: number }).__longestTask = 0));
    const started = performance.now();
    await page.keyboard.press('Enter');
    const received = await until('the redacted 100 KB prompt', () => fixture.sends[before], 60_000);
    if (received.text !== `Run ${i}. ${redacted}`) throw new Error(`${site.id}: the 100 KB prompt did not arrive exactly as redacted`);
    await replyRestored(page, i + 1);
    if (i === 0) continue; // warm-up
    times.push(received.at - started);
    longestTask = Math.max(longestTask, await page.evaluate(() => (window as unknown as { __longestTask: number }).__longestTask));
  }
  times.sort((a, b) => a - b);
  longRows.push({ site: site.id, p50: percentile(times, 50), max: times.at(-1)!, longestTask, n: times.length });
  await page.close();
}

try {
  // BENCH_LONG_SENDS=0 leaves the 100 KB figure out (a quicker run for the 2 KB one).
  if (LONG_SENDS > 0) for (const site of sites) await benchLongPrompt(site);
  const page = await browser.context.newPage();
  await openSite(page, fixture, FIXTURE_SITES[0]!, 'bench-backstop');
  overhead = await measureBackstopOverhead(page);
  await page.close();
  for (const site of sites) {
    const page = await browser.context.newPage();
    await openSite(page, fixture, site, `bench-${site.id}`);
    const bare = await plainContext.newPage();
    await openSite(bare, fixture, site, `bench-plain-${site.id}`);
    const withExtension: number[] = [];
    const without: number[] = [];
    // Alternating the two pages spreads the machine's load over both series alike.
    for (let i = 0; i < SENDS + WARMUP; i++) {
      const a = await timeOneSend(page, site, i, true);
      const b = await timeOneSend(bare, site, i, false);
      if (i < WARMUP) continue;
      withExtension.push(a);
      without.push(b);
    }
    rows.push({ site: site.id, withExtension: spread(withExtension), without: spread(without), n: withExtension.length });
    await page.close();
    await bare.close();
  }
} finally {
  await plain.close();
  await browser.close();
  await fixture.close();
  await gateway.stop();
}

console.log(
  `\nEnter → fixture backend, 2 KB prompt with a secret (${SENDS} sends per site after ${WARMUP} warm-up, alternating with the same page without the extension; gateway calls over ${CHANNEL ? 'the channel' : 'HTTP'})`,
);
console.log('site         with extension p50 / p95   without p50 / p95   added p50 / p95 (goal p95 ≤ 15 ms)');
const ms = (n: number) => n.toFixed(1).padStart(6);
for (const { site, withExtension: w, without: o } of rows) {
  console.log(`${site.padEnd(12)} ${ms(w.p50)} / ${ms(w.p95)}          ${ms(o.p50)} / ${ms(o.p95)}     ${ms(w.p50 - o.p50)} / ${ms(w.p95 - o.p95)}`);
}

if (longRows.length) console.log(`\nEnter → fixture backend received the redacted 100 KB prompt (${LONG_SENDS} sends per site, after 1 warm-up; goal < 1000 ms)`);
if (longRows.length) console.log('site         p50 ms   max ms   longest page task ms');
for (const row of longRows) console.log(`${row.site.padEnd(12)} ${row.p50.toFixed(0).padStart(6)}   ${row.max.toFixed(0).padStart(6)}   ${row.longestTask.toFixed(0).padStart(6)}`);

if (overhead) {
  console.log('\nnetwork backstop, in the page (median)');
  console.log(
    `clean 2 KB fetch body: ${(overhead.wrappedMs - overhead.nativeMs).toFixed(2)} ms added (${overhead.wrappedMs.toFixed(2)} wrapped, ${overhead.nativeMs.toFixed(2)} unwrapped)`,
  );
  console.log(`1 MB text file in a FormData upload, call to response: ${overhead.megabyteUploadMs.toFixed(1)} ms`);
}

const scripts = join(extensionDir, 'content-scripts');
console.log('\ncontent script bundles (minified / gzip)');
for (const name of readdirSync(scripts)
  .filter((n) => n.endsWith('.js'))
  .sort()) {
  const path = join(scripts, name);
  console.log(`${name.padEnd(16)} ${(statSync(path).size / 1024).toFixed(1).padStart(6)} KB  ${(gzipSync(readFileSync(path)).length / 1024).toFixed(1).padStart(5)} KB`);
}
const background = join(extensionDir, 'background.js');
console.log(
  `${'background.js'.padEnd(16)} ${(statSync(background).size / 1024).toFixed(1).padStart(6)} KB  ${(gzipSync(readFileSync(background)).length / 1024).toFixed(1).padStart(5)} KB  (bundled engine for fail-open)`,
);
