/**
 * `npm run bench:proxy [-- --requests N --rounds R --profile DIR]`: the latency promptgate's SDK proxy adds,
 * side by side with Portkey's open-source gateway, in one run against the same fake upstream. Each system runs
 * in a process of its own (the upstream too); the bench calls direct, through promptgate and through Portkey
 * in turn, rotating which goes first, N sequential keep-alive requests per system per body, R rounds, so load
 * on the machine hits all three alike. Prints p50/p99 per system, what each adds over direct, and the ratio
 * promptgate/Portkey of the added latency. `--profile DIR` runs promptgate under `node --cpu-prof`.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { benchSecrets, bodyOf, chatBody, cleanChatBody } from './bench-bodies';
import { closeConnections, getText, post, type Target, type Timing } from './bench-http';
import { startPortkey, startTsProcess, type BenchProcess } from './bench-processes';
import { BENCH_KEY } from './bench-upstream-key';

const { values: options } = parseArgs({
  options: { requests: { type: 'string', default: '500' }, rounds: { type: 'string', default: '5' }, profile: { type: 'string' }, only: { type: 'string' } },
});
const REQUESTS = Number(options.requests);
const ROUNDS = Number(options.rounds);

interface BenchBody {
  name: string;
  /** With `REQUEST_MARK` where each request puts its number. */
  template: string;
  secrets: string[];
  measure: keyof Timing;
}

/**
 * Agent calls resend their history and add a new prompt; "all new" bodies share nothing with any earlier call,
 * the cost of a first sight. Each request sends its own number, so no system can answer from what it saw.
 */
function bodies(): BenchBody[] {
  const four = benchSecrets(4, 11);
  const twenty = benchSecrets(20, 23);
  const lines = (secrets: typeof four) => secrets.map((secret) => secret.line);
  const values = (secrets: typeof four) => secrets.map((secret) => secret.value);
  const all: BenchBody[] = [
    { name: '8 KB chat, clean', template: cleanChatBody(8 * 1024), secrets: [], measure: 'total' },
    { name: '8 KB agent call, 4 secrets', template: chatBody(8 * 1024, lines(four), 'prompt'), secrets: values(four), measure: 'total' },
    { name: '8 KB all new, 4 secrets', template: chatBody(8 * 1024, lines(four), 'everywhere'), secrets: values(four), measure: 'total' },
    { name: '1 MB agent call, 20 secrets', template: chatBody(1024 * 1024, lines(twenty), 'prompt'), secrets: values(twenty), measure: 'total' },
    { name: '1 MB all new, 20 secrets', template: chatBody(1024 * 1024, lines(twenty), 'everywhere'), secrets: values(twenty), measure: 'total' },
    { name: '8 KB stream TTFB, 4 secrets', template: chatBody(8 * 1024, lines(four), 'prompt', true), secrets: values(four), measure: 'ttfb' },
  ];
  return options.only ? all.filter((body) => body.name.includes(options.only!)) : all;
}

function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** One call per system, rotating which goes first, `count` times; samples go to `into[system]`. */
let requestNumber = 0;

async function interleaved(targets: readonly Target[], body: BenchBody, count: number, into: number[][]): Promise<void> {
  for (let i = 0; i < count; i++) {
    const text = bodyOf(body.template, ++requestNumber);
    for (let k = 0; k < targets.length; k++) {
      const which = (i + k) % targets.length;
      into[which]!.push((await post(targets[which]!, text))[body.measure]);
    }
  }
}

/**
 * Before any timing, one call per system: promptgate must send no secret raw (Portkey, which inspects nothing,
 * sends them all). A system that cannot answer this body is left out of its rows, with the reason printed.
 */
async function systemsFor(upstreamPort: number, targets: readonly Target[], body: BenchBody): Promise<Target[]> {
  const notes: string[] = [];
  const usable = [targets[0]!];
  for (const target of targets.slice(1)) {
    try {
      await post(target, bodyOf(body.template, 'check'));
    } catch (error) {
      notes.push(`${target.name} FAILS, left out: ${String(error).split('\n')[0]}`);
      continue;
    }
    usable.push(target);
    if (body.secrets.length === 0) continue;
    const arrived = await getText(upstreamPort, '/last');
    const raw = body.secrets.filter((secret) => arrived.includes(secret)).length;
    if (target.name === 'promptgate' && raw > 0) throw new Error(`promptgate let ${raw} raw secret(s) of "${body.name}" reach the upstream`);
    notes.push(`${target.name} sent ${raw} of ${body.secrets.length} secrets raw`);
  }
  console.log(`${body.name} (${(Buffer.byteLength(body.template) / 1024).toFixed(0)} KB): ${notes.join(', ') || 'no secrets'}`);
  return usable;
}

const ms = (value: number) => value.toFixed(3);
const ratio = (ours: number, theirs: number) => (theirs > 0 ? (ours / theirs).toFixed(2) : 'n/a');

async function main(): Promise<void> {
  const started: BenchProcess[] = [];
  try {
    const upstream = await startTsProcess<{ port: number }>('./bench-upstream.ts', []);
    started.push(upstream);
    const upstreamUrl = `http://127.0.0.1:${upstream.info.port}`;
    const profileFlags = options.profile ? ['--cpu-prof', `--cpu-prof-dir=${options.profile}`] : [];
    const promptgate = await startTsProcess<{ port: number; token: string }>('./promptgate-process.ts', [upstreamUrl], profileFlags);
    started.push(promptgate);
    const portkey = await startPortkey();
    started.push(portkey);
    const targets: Target[] = [
      { name: 'direct', port: upstream.info.port, path: '/v1/chat/completions', headers: { authorization: `Bearer ${BENCH_KEY}` } },
      { name: 'promptgate', port: promptgate.info.port, path: '/openai/v1/chat/completions', headers: { authorization: `Bearer ${promptgate.info.token}` } },
      {
        name: 'Portkey',
        port: portkey.port,
        path: '/v1/chat/completions',
        headers: { authorization: `Bearer ${BENCH_KEY}`, 'x-portkey-provider': 'openai', 'x-portkey-custom-host': `${upstreamUrl}/v1` },
      },
    ];

    const all = bodies();
    const load = loadavg();
    console.log(`SDK proxy bench: ${REQUESTS} sequential keep-alive requests per system per body per round, ${ROUNDS} rounds, interleaved; Node ${process.version}`);
    console.log(`load average at start: ${load.map((x) => x.toFixed(2)).join(' ')}`);
    const systems: Target[][] = [];
    for (const body of all) {
      systems.push(await systemsFor(upstream.info.port, targets, body));
      // Warm-up: the JIT and the connections, unmeasured.
      await interleaved(systems.at(-1)!, body, body.template.length > 100_000 ? 20 : 200, targets.map(() => []));
    }

    const samples = all.map((_body, b) => systems[b]!.map((): number[] => []));
    const perRound = all.map((_body, b) => systems[b]!.map((): number[] => []));
    for (let round = 0; round < ROUNDS; round++) {
      for (const [b, body] of all.entries()) {
        const roundSamples = systems[b]!.map((): number[] => []);
        await interleaved(systems[b]!, body, REQUESTS, roundSamples);
        roundSamples.forEach((values, t) => {
          samples[b]![t]!.push(...values);
          perRound[b]![t]!.push(percentile(values, 50));
        });
      }
    }

    console.log(`\nms; "added" is the system's percentile minus direct's; ratio = promptgate added / Portkey added`);
    console.log(['body', 'system', 'p50', 'p99', 'added p50', 'added p99'].map((cell, i) => (i < 2 ? cell.padEnd(i === 0 ? 30 : 11) : cell.padStart(10))).join(''));
    for (const [b, body] of all.entries()) {
      const direct = samples[b]![0]!;
      const d50 = percentile(direct, 50);
      const d99 = percentile(direct, 99);
      const added = new Map<string, { p50: number; p99: number; rounds: string }>();
      systems[b]!.forEach((target, t) => {
        const p50 = percentile(samples[b]![t]!, 50);
        const p99 = percentile(samples[b]![t]!, 99);
        added.set(target.name, { p50: p50 - d50, p99: p99 - d99, rounds: perRound[b]![t]!.map((round, r) => ms(round - perRound[b]![0]![r]!)).join(' ') });
        const cells = t === 0 ? ['', ''] : [ms(p50 - d50), ms(p99 - d99)];
        console.log(`${(t === 0 ? body.name : '').padEnd(30)}${target.name.padEnd(11)}${[ms(p50), ms(p99), ...cells].map((cell) => cell.padStart(10)).join('')}`);
      });
      const ours = added.get('promptgate');
      const theirs = added.get('Portkey');
      const ratios = ours && theirs ? `ratio p50 ${ratio(ours.p50, theirs.p50)}, p99 ${ratio(ours.p99, theirs.p99)}; ` : '';
      const rounds = [...added].slice(1).map(([name, { rounds }]) => `${name} ${rounds}`).join(' | ');
      console.log(`${''.padEnd(30)}${ratios}added p50 per round: ${rounds}`);
    }
    console.log(`\nload average at end: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
    console.log('goals (idle machine): promptgate adds <= 0.5 ms p50 and <= 3 ms p99 with secrets, ratio <= 0.5 at p50 and <= 1.0 at p99, stream TTFB added <= 2 ms');
  } finally {
    closeConnections();
    await Promise.all(started.map((process) => process.stop()));
  }
}

await main();
