/**
 * `npm run bench:extension`: time from Enter to the fixture backend receiving the redacted prompt, per site,
 * with the real built extension, the real gateway and a 2 KB prompt; and the size of each content script.
 * A figure, not a test: it prints a table and exits.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startFixtureServer } from '../fixtures/server';
import { FIXTURE_SITES } from '../fixtures/sites';
import { launchWithExtension } from '../support/browser';
import { ensureExtensionBuilt } from '../support/build-extension';
import { SECRETS, startE2eGateway } from '../support/gateway';
import { openSite, typePrompt, until } from '../support/page-actions';
import { measureBackstopOverhead, type Overhead } from './backstop-overhead';

const SENDS = Number(process.env['BENCH_SENDS'] ?? 60);
const WARMUP = 3;

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
const [gateway, fixture] = await Promise.all([startE2eGateway(), startFixtureServer()]);
const browser = await launchWithExtension(extensionDir, fixture.hostRules());
await browser.setSettings({ gatewayUrl: gateway.gateway.url, token: gateway.extensionToken });

const rows: Array<{ site: string; p50: number; p95: number; max: number; n: number }> = [];
let overhead: Overhead | undefined;
try {
  const page = await browser.context.newPage();
  await openSite(page, fixture, FIXTURE_SITES[0]!, 'bench-backstop');
  overhead = await measureBackstopOverhead(page);
  await page.close();
  for (const site of FIXTURE_SITES.filter((s) => !process.env['BENCH_SITES'] || process.env['BENCH_SITES'].split(',').includes(s.id))) {
    const page = await browser.context.newPage();
    await openSite(page, fixture, site, `bench-${site.id}`);
    const times: number[] = [];
    for (let i = 0; i < SENDS + WARMUP; i++) {
      const before = fixture.sends.length;
      await typePrompt(page, site, prompt(i));
      const started = performance.now();
      await page.keyboard.press('Enter');
      const received = await until('the redacted prompt', () => fixture.sends[before], 10_000);
      if (received.text.includes(SECRETS.github) || !received.text.includes('[GITHUB_PAT_1]')) throw new Error(`${site.id}: the prompt was not redacted`);
      if (i >= WARMUP) times.push(received.at - started);
      // Let the reply finish streaming and be restored, as a person would before the next prompt.
      await page.waitForFunction(([count, secret]) => {
        const replies = document.querySelectorAll('#thread > :not(.user)');
        return replies.length === Number(count) && (replies[replies.length - 1]?.textContent ?? '').includes(secret!);
      }, [String(i + 1), SECRETS.github] as const);
    }
    times.sort((a, b) => a - b);
    rows.push({ site: site.id, p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1)!, n: times.length });
    await page.close();
  }
} finally {
  await browser.close();
  await fixture.close();
  await gateway.stop();
}

console.log(`\nEnter → fixture backend received the redacted 2 KB prompt (${SENDS} sends per site, after ${WARMUP} warm-up)`);
console.log('site         p50 ms   p95 ms   max ms');
for (const row of rows) console.log(`${row.site.padEnd(12)} ${row.p50.toFixed(1).padStart(6)}   ${row.p95.toFixed(1).padStart(6)}   ${row.max.toFixed(1).padStart(6)}`);

if (overhead) {
  console.log('\nnetwork backstop, in the page (median)');
  console.log(`clean 2 KB fetch body: ${(overhead.wrappedMs - overhead.nativeMs).toFixed(2)} ms added (${overhead.wrappedMs.toFixed(2)} wrapped, ${overhead.nativeMs.toFixed(2)} unwrapped)`);
  console.log(`1 MB text file in a FormData upload, call to response: ${overhead.megabyteUploadMs.toFixed(1)} ms`);
}

const scripts = join(extensionDir, 'content-scripts');
console.log('\ncontent script bundles (minified / gzip)');
for (const name of readdirSync(scripts).filter((n) => n.endsWith('.js')).sort()) {
  const path = join(scripts, name);
  console.log(`${name.padEnd(16)} ${(statSync(path).size / 1024).toFixed(1).padStart(6)} KB  ${(gzipSync(readFileSync(path)).length / 1024).toFixed(1).padStart(5)} KB`);
}
const background = join(extensionDir, 'background.js');
console.log(`${'background.js'.padEnd(16)} ${(statSync(background).size / 1024).toFixed(1).padStart(6)} KB  ${(gzipSync(readFileSync(background)).length / 1024).toFixed(1).padStart(5)} KB  (bundled engine for fail-open)`);
