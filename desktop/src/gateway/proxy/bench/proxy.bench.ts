/**
 * `npm run bench:proxy [-- --requests N --rounds R --load L --only TEXT --profile DIR --source --against DIR]`: the latency
 * promptgate's SDK proxy adds, side by side with Portkey's open-source gateway, in one run against the same fake
 * upstream. Each system runs in a process of its own (the upstream too), promptgate as built JavaScript
 * (`--source`: from TypeScript under tsx); the bench calls direct, through promptgate, through Portkey and
 * through a bare pass-through Node proxy (`bench-floor-proxy.ts`: two HTTP hops and no work, the floor no Node
 * proxy goes below) in turn, rotating which goes first, N sequential keep-alive requests per system per body, R
 * rounds, so load on the machine hits them all alike. It measures twice: as the machine is, then under a CPU load of its own (L
 * processes spinning, one per core by default; `--load 0` skips it). Prints p50/p99 per system, what each adds
 * over direct, the ratio promptgate/Portkey of the added latency, and each system's CPU time per request.
 * `--profile DIR` runs promptgate under `node --cpu-prof`. `--against DIR` (another checkout of the repository,
 * its dependencies installed) runs that checkout's gateway too, as the system "before": a before/after of a
 * change under the very same load.
 */
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchSecrets, bodyOf, chatBody, cleanChatBody } from './bench-bodies';
import { bundlePromptgate } from './bench-bundle';
import { cpuMs } from './bench-cpu';
import { closeConnections, getText, post, type Target, type Timing } from './bench-http';
import { startCpuLoad } from './bench-load';
import { startNodeProcess, startPortkey, startTsProcess, type BenchProcess } from './bench-processes';
import { BENCH_KEY } from './bench-upstream-key';

/** Bad input: one line that says what is wrong, and nothing started. */
function usageError(message: string): never {
  console.error(`bench:proxy: ${message}`);
  process.exit(2);
}

function readOptions() {
  try {
    return parseArgs({
      options: {
        requests: { type: 'string', default: '500' },
        rounds: { type: 'string', default: '5' },
        load: { type: 'string', default: String(availableParallelism()) },
        profile: { type: 'string' },
        only: { type: 'string' },
        source: { type: 'boolean', default: false },
        against: { type: 'string' },
      },
    }).values;
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
}

/**
 * Unmeasured requests per system per body before the rounds. A gateway runs for hours, so the bench measures it
 * warm: its detection runs some 300 rules, and V8 compiles each only after it ran often enough. Measured with
 * 8 KB bodies that share nothing, promptgate added about 1.6 ms p50 over its first 500 requests, 1.3 over the
 * next 500 and 1.0 from there on; with four small bodies this many each, the rounds start after 2,000.
 */
const WARMUP_SMALL = 500;
/** The same for bodies of a megabyte, where every request runs the rules long enough to compile them. */
const WARMUP_LARGE = 20;

const options = readOptions();
const REQUESTS = Number(options.requests);
const ROUNDS = Number(options.rounds);
const LOAD = Number(options.load);
for (const [name, value] of [
  ['requests', REQUESTS],
  ['rounds', ROUNDS],
  ['load', LOAD],
] as const) {
  if (!Number.isInteger(value) || value < (name === 'load' ? 0 : 1)) usageError(`--${name} must be a whole number${name === 'load' ? '' : ' above 0'}, not ${options[name]}`);
}
const AGAINST = options.against === undefined ? undefined : `${resolve(options.against)}/desktop/`;
if (AGAINST !== undefined && !existsSync(`${AGAINST}src/gateway/proxy/bench/promptgate-process.ts`)) {
  usageError(`--against ${options.against} is not a checkout of promptgate with the proxy bench (no desktop/src/gateway/proxy/bench/promptgate-process.ts)`);
}

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
    if ((target.name === 'promptgate' || target.name === 'before') && raw > 0)
      throw new Error(`promptgate (${target.name}) let ${raw} raw secret(s) of "${body.name}" reach the upstream`);
    notes.push(`${target.name} sent ${raw} of ${body.secrets.length} secrets raw`);
  }
  console.log(`${body.name} (${(Buffer.byteLength(body.template) / 1024).toFixed(0)} KB): ${notes.join(', ') || 'no secrets'}`);
  return usable;
}

const ms = (value: number) => value.toFixed(3);
const ratio = (ours: number, theirs: number) => (theirs > 0 ? (ours / theirs).toFixed(2) : 'n/a');
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

/** A body and the systems that can answer it. */
interface Row {
  body: BenchBody;
  systems: Target[];
}

/**
 * R interleaved rounds of every body; prints the table: percentiles, what each system adds over direct, the
 * ratio promptgate/Portkey, and each proxy's CPU time per request (its process, all threads).
 */
async function measure(rows: readonly Row[], pids: ReadonlyMap<string, number | undefined>, label: string): Promise<void> {
  console.log(`\n${label}; load average at start: ${load()}`);
  const samples = rows.map((row) => row.systems.map((): number[] => []));
  const perRound = rows.map((row) => row.systems.map((): number[] => []));
  const cpu = rows.map((row) => row.systems.map(() => 0));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [b, row] of rows.entries()) {
      const roundSamples = row.systems.map((): number[] => []);
      const before = row.systems.map((target) => cpuMs(pids.get(target.name)));
      await interleaved(row.systems, row.body, REQUESTS, roundSamples);
      row.systems.forEach((target, t) => {
        const after = cpuMs(pids.get(target.name));
        cpu[b]![t]! += after === undefined || before[t] === undefined ? NaN : after - before[t];
      });
      roundSamples.forEach((values, t) => {
        samples[b]![t]!.push(...values);
        perRound[b]![t]!.push(percentile(values, 50));
      });
    }
  }

  console.log(`ms; "added" is the system's percentile minus direct's; ratio = promptgate added / Portkey added; CPU = the system's own CPU time per request`);
  console.log(['body', 'system', 'p50', 'p99', 'added p50', 'added p99', 'CPU/req'].map((cell, i) => (i < 2 ? cell.padEnd(i === 0 ? 30 : 11) : cell.padStart(10))).join(''));
  for (const [b, row] of rows.entries()) {
    const d50 = percentile(samples[b]![0]!, 50);
    const d99 = percentile(samples[b]![0]!, 99);
    const added = new Map<string, { p50: number; p99: number; rounds: string }>();
    row.systems.forEach((target, t) => {
      const p50 = percentile(samples[b]![t]!, 50);
      const p99 = percentile(samples[b]![t]!, 99);
      added.set(target.name, { p50: p50 - d50, p99: p99 - d99, rounds: perRound[b]![t]!.map((round, r) => ms(round - perRound[b]![0]![r]!)).join(' ') });
      const perRequest = cpu[b]![t]! / (ROUNDS * REQUESTS);
      const cells = t === 0 ? ['', '', ''] : [ms(p50 - d50), ms(p99 - d99), Number.isNaN(perRequest) ? 'n/a' : ms(perRequest)];
      console.log(`${(t === 0 ? row.body.name : '').padEnd(30)}${target.name.padEnd(11)}${[ms(p50), ms(p99), ...cells].map((cell) => cell.padStart(10)).join('')}`);
    });
    const ours = added.get('promptgate');
    const theirs = added.get('Portkey');
    const earlier = added.get('before');
    const bare = added.get('bare proxy');
    const ratios = [
      ours && theirs ? `ratio p50 ${ratio(ours.p50, theirs.p50)}, p99 ${ratio(ours.p99, theirs.p99)}; ` : '',
      ours && earlier ? `promptgate/before p50 ${ratio(ours.p50, earlier.p50)}, p99 ${ratio(ours.p99, earlier.p99)}; ` : '',
      // What promptgate's own work costs: its added latency above the floor every Node proxy pays.
      ours && bare ? `promptgate above the bare proxy p50 ${ms(ours.p50 - bare.p50)}; ` : '',
    ].join('');
    const rounds = [...added]
      .slice(1)
      .map(([name, { rounds }]) => `${name} ${rounds}`)
      .join(' | ');
    console.log(`${''.padEnd(30)}${ratios}added p50 per round: ${rounds}`);
  }
  console.log(`load average at end: ${load()}`);
}

async function main(): Promise<void> {
  const started: BenchProcess[] = [];
  const built = options.source ? undefined : await bundlePromptgate();
  const before = AGAINST === undefined ? undefined : await bundlePromptgate(AGAINST);
  const cleanUp = async () => {
    closeConnections();
    await Promise.all(started.map((child) => child.stop()));
    await built?.remove();
    await before?.remove();
  };
  // Stopped early (Ctrl-C), the bench still ends what it started: Portkey would outlive it otherwise.
  const interrupted = () => void cleanUp().finally(() => process.exit(130));
  process.once('SIGINT', interrupted).once('SIGTERM', interrupted);
  try {
    const upstream = await startTsProcess<{ port: number }>('./bench-upstream.ts', []);
    started.push(upstream);
    const upstreamUrl = `http://127.0.0.1:${upstream.info.port}`;
    const profileFlags = options.profile ? ['--cpu-prof', `--cpu-prof-dir=${options.profile}`] : [];
    const promptgate = built
      ? await startNodeProcess<{ port: number; token: string }>(built.entry, [upstreamUrl], profileFlags)
      : await startTsProcess<{ port: number; token: string }>('./promptgate-process.ts', [upstreamUrl], profileFlags);
    started.push(promptgate);
    const portkey = await startPortkey();
    started.push(portkey);
    const floor = await startTsProcess<{ port: number }>('./bench-floor-proxy.ts', [upstreamUrl]);
    started.push(floor);
    const baseline = before ? await startNodeProcess<{ port: number; token: string }>(before.entry, [upstreamUrl]) : undefined;
    if (baseline) started.push(baseline);
    const targets: Target[] = [
      { name: 'direct', port: upstream.info.port, path: '/v1/chat/completions', headers: { authorization: `Bearer ${BENCH_KEY}` } },
      { name: 'promptgate', port: promptgate.info.port, path: '/openai/v1/chat/completions', headers: { authorization: `Bearer ${promptgate.info.token}` } },
      {
        name: 'Portkey',
        port: portkey.port,
        path: '/v1/chat/completions',
        headers: { authorization: `Bearer ${BENCH_KEY}`, 'x-portkey-provider': 'openai', 'x-portkey-custom-host': `${upstreamUrl}/v1` },
      },
      ...(baseline ? [{ name: 'before', port: baseline.info.port, path: '/openai/v1/chat/completions', headers: { authorization: `Bearer ${baseline.info.token}` } }] : []),
      { name: 'bare proxy', port: floor.info.port, path: '/v1/chat/completions', headers: { authorization: `Bearer ${BENCH_KEY}` } },
    ];
    const pids = new Map([
      ['promptgate', promptgate.child.pid],
      ['Portkey', portkey.child.pid],
      ['before', baseline?.child.pid],
      ['bare proxy', floor.child.pid],
    ]);

    console.log(
      `SDK proxy bench: ${REQUESTS} sequential keep-alive requests per system per body per round, ${ROUNDS} rounds, interleaved; Node ${process.version}; promptgate ${built ? 'built' : 'from source (tsx)'}`,
    );
    const rows: Row[] = [];
    for (const body of bodies()) {
      const row = { body, systems: await systemsFor(upstream.info.port, targets, body) };
      rows.push(row);
      // Warm-up: the JIT and the connections, unmeasured.
      await interleaved(
        row.systems,
        body,
        body.template.length > 100_000 ? WARMUP_LARGE : WARMUP_SMALL,
        row.systems.map(() => []),
      );
    }

    await measure(rows, pids, 'Idle (the machine as it is)');
    if (LOAD > 0) {
      const spinners = startCpuLoad(LOAD);
      started.push(...spinners);
      try {
        await measure(rows, pids, `Under load: ${LOAD} process(es) of the bench spinning, ${availableParallelism()} core(s)`);
      } finally {
        await Promise.all(spinners.map((spinner) => spinner.stop()));
      }
    }
    console.log(
      '\ngoals: promptgate adds <= 0.5 ms p50 and <= 3 ms p99 with secrets (idle machine), ratio <= 0.5 at p50 and <= 1.0 at p99 (idle and under load), stream TTFB added <= 2 ms',
    );
    console.log("the bare proxy's added p50 is the floor of any Node proxy here: a goal below it cannot be met by work on promptgate's path");
  } finally {
    await cleanUp();
  }
}

await main();
