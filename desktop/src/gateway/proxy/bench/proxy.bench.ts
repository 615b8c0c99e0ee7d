/**
 * Added latency of the SDK proxy against calling the same fake upstream directly, measured in one run with the
 * two interleaved (so machine load hits both alike): p50/p99 for an 8 KB chat request, time to first byte of a
 * stream, and throughput at 50 concurrent clients. Run: `npm run bench:proxy [pairs]`.
 */
import { Agent, request } from 'node:http';
import { systemClock } from '../reply/hold-clock';
import { EXPECTED_KEY } from '../testing/fake-openai';
import { startProxyRig } from '../testing/proxy-test-gateway';

const pairs = Number(process.argv[2] ?? 2000);
const agent = new Agent({ keepAlive: true, maxSockets: 64 });

interface Target {
  port: number;
  path: string;
  auth: string;
}

/** One POST; resolves with total time and time to the first body byte, in ms. */
function call(target: Target, body: string): Promise<{ total: number; ttfb: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let ttfb = 0;
    const req = request(
      { host: '127.0.0.1', port: target.port, path: target.path, method: 'POST', agent, headers: { authorization: target.auth, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.once('data', () => (ttfb = performance.now() - started));
        res.on('data', () => {});
        res.on('end', () => (res.statusCode === 200 ? resolve({ total: performance.now() - started, ttfb }) : reject(new Error(`status ${res.statusCode}`))));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const fmt = (ms: number) => `${ms.toFixed(3)} ms`;

async function interleaved(direct: Target, proxy: Target, body: string, n: number, pick: 'total' | 'ttfb') {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < n; i++) {
    // Alternate which goes first, so neither always runs on a warmer cache.
    if (i % 2 === 0) {
      a.push((await call(direct, body))[pick]);
      b.push((await call(proxy, body))[pick]);
    } else {
      b.push((await call(proxy, body))[pick]);
      a.push((await call(direct, body))[pick]);
    }
  }
  return { direct: a, proxy: b };
}

async function throughput(target: Target, body: string, clients: number, seconds: number): Promise<number> {
  const until = performance.now() + seconds * 1000;
  let done = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < until) {
        await call(target, body);
        done++;
      }
    }),
  );
  return done / seconds;
}

async function main(): Promise<void> {
  // The real clock and its timers, as the gateway runs them.
  const rig = await startProxyRig({ holdClock: systemClock });
  try {
    const fakePort = Number(new URL(rig.openai.url).port);
    const direct: Target = { port: fakePort, path: '/v1/chat/completions', auth: `Bearer ${EXPECTED_KEY.value}` };
    const proxy: Target = { port: rig.gateway.port, path: '/openai/v1/chat/completions', auth: `Bearer ${rig.sdkToken}` };
    const paragraph = 'The build failed on the staging runner; logs below show the retry loop and the config it read.\n';
    let text = '';
    while (text.length < 8 * 1024) text += paragraph;
    const chat = JSON.stringify({ model: 'gpt-fake', messages: [{ role: 'system', content: 'You are a careful reviewer.' }, { role: 'user', content: text }] });
    const stream = JSON.stringify({ model: 'gpt-fake', stream: true, messages: [{ role: 'user', content: text }] });

    await interleaved(direct, proxy, chat, 200, 'total');
    const latency = await interleaved(direct, proxy, chat, pairs, 'total');
    const ttfb = await interleaved(direct, proxy, stream, Math.max(200, pairs / 4), 'ttfb');
    const rows = [
      ['8 KB chat, p50', percentile(latency.direct, 50), percentile(latency.proxy, 50)],
      ['8 KB chat, p99', percentile(latency.direct, 99), percentile(latency.proxy, 99)],
      ['stream TTFB, p50', percentile(ttfb.direct, 50), percentile(ttfb.proxy, 50)],
      ['stream TTFB, p99', percentile(ttfb.direct, 99), percentile(ttfb.proxy, 99)],
    ] as const;
    console.log(`promptgate SDK proxy bench: ${pairs} interleaved pairs, Node ${process.version}`);
    console.log('measure'.padEnd(20), 'direct'.padStart(12), 'proxy'.padStart(12), 'added'.padStart(12));
    for (const [name, d, p] of rows) console.log(name.padEnd(20), fmt(d).padStart(12), fmt(p).padStart(12), fmt(p - d).padStart(12));
    const directRps = await throughput(direct, chat, 50, 4);
    const proxyRps = await throughput(proxy, chat, 50, 4);
    console.log(`throughput, 50 concurrent clients, 8 KB chat: direct ${directRps.toFixed(0)} req/s, through the proxy ${proxyRps.toFixed(0)} req/s`);
    console.log('goals: p50 added < 1 ms, p99 added < 5 ms, TTFB added < 2 ms (a loaded machine inflates every figure)');
  } finally {
    agent.destroy();
    await rig.stop();
  }
}

await main();
