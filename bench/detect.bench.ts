/**
 * `npm run bench`: promptgate's `detect` (every built-in rule, secrets and PII) side by side with plain
 * secretlint (preset-recommend, the current release) on the same inputs: code, prose, a chat mix with many
 * secrets, and each adversarial input, at 4 KB, 100 KB and 1 MB.
 *
 * Runs are interleaved: each round times every input of a size once with each engine, the engine that goes
 * first alternating between rounds, so a noisy moment on a shared machine hits both engines and all inputs
 * alike. Each row reports min / median / max ms per call for both and the ratio of the medians. Calls are
 * timed in CPU time of this process, not by the wall clock: on a machine shared with other work the wall
 * clock also counts the time other processes had the CPU, which swamped the difference between engines.
 *
 * Goals checked at the end: promptgate at least 3x secretlint's throughput on code, prose and chat at every
 * size, and no adversarial input costing more than 3x prose per KB at the same size. Then the same realistic
 * inputs through promptgate's engine with no rules at all (its one pass over the text and the decoded views of
 * escaped lines): what no change to the rules can go below.
 * Then, at 1 MB, the first call after a full garbage collection against the next one (see `afterCollection`).
 * Then the time `decide` takes for a prompt with 50,000 findings (the tests check only its answer).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setTimeout as sleep } from 'node:timers/promises';
import { lintSource } from '@secretlint/core';
import { secretLintProfiler } from '@secretlint/profiler';
import { creator as secretlintPreset } from '@secretlint/secretlint-rule-preset-recommend';
import { createEngine, decide, defaultPolicy, detect, listBuiltinRules, type Finding } from '../shared/src/index';
import { loadInputs, SIZES, type BenchInput, type SizeLabel } from './inputs';
import { formatTable, percentile, summarize } from './stats';

const secretlintConfig = { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: secretlintPreset }] };
// As the secretlint CLI runs (it profiles only under `--profile`): the library's profiler is on by default and
// keeps a performance mark per rule and call for good, which slowed secretlint's later calls and grew its heap.
secretLintProfiler.setEnabled(false);

async function secretlintCount(text: string): Promise<number> {
  const result = await lintSource({
    source: { filePath: '/prompt.txt', content: text, contentType: 'text' },
    options: { config: secretlintConfig },
  });
  return result.messages.length;
}

/** Measured rounds per size, and unmeasured rounds before them so neither engine pays JIT compilation. */
const ROUNDS: Record<SizeLabel, number> = { '4 KB': 300, '100 KB': 30, '1 MB': 7 };
const WARMUP: Record<SizeLabel, number> = { '4 KB': 30, '100 KB': 3, '1 MB': 1 };
/** promptgate must be at least this many times faster than secretlint on realistic text. */
const THROUGHPUT_GOAL = 3;
/** An adversarial input may cost at most this many times prose of the same size, per KB. */
const ADVERSARIAL_GOAL = 3;
/** A call longer than this leaves its engine out of the input's later rounds (promptgate's, both), so nothing stalls the run. */
const SLOW_CALL_MS = 1000;

/** CPU time (user and system, all of this process's threads) of one call, in ms. */
async function timeMs(fn: () => unknown): Promise<number> {
  const start = process.cpuUsage();
  await fn();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

interface Spread {
  min: number;
  median: number;
  max: number;
}

function spread(samples: number[]): Spread {
  const sorted = [...samples].sort((a, b) => a - b);
  return { min: sorted[0]!, median: percentile(sorted, 50), max: sorted[sorted.length - 1]! };
}

interface Row {
  input: BenchInput;
  runs: number;
  pg: Spread;
  sl: Spread;
  pgFindings: number;
  slFindings: number;
}

/** Every input of one size, timed in interleaved rounds. */
async function measureSize(inputs: BenchInput[], warmup: number, rounds: number): Promise<Row[]> {
  const pg = inputs.map((): number[] => []);
  const sl = inputs.map((): number[] => []);
  // An engine whose call on an input took over SLOW_CALL_MS leaves that input's later rounds; the other goes
  // on, so secretlint's slowness on an input does not leave promptgate with one sample, taken cold.
  const slowPg = new Set<number>();
  const slowSl = new Set<number>();
  for (let round = -warmup; round < rounds; round++) {
    for (let k = 0; k < inputs.length; k++) {
      // Rotating the start keeps one input from always following the same neighbour (cache, GC debt).
      const i = (k + Math.abs(round)) % inputs.length;
      if (slowPg.has(i)) continue;
      const text = inputs[i]!.text;
      const withSl = !slowSl.has(i);
      let ours: number;
      let theirs = NaN;
      if (round % 2 === 0) {
        ours = await timeMs(() => detect(text));
        if (withSl) theirs = await timeMs(() => secretlintCount(text));
      } else {
        if (withSl) theirs = await timeMs(() => secretlintCount(text));
        ours = await timeMs(() => detect(text));
      }
      if (ours > SLOW_CALL_MS) slowPg.add(i);
      if (withSl && theirs > SLOW_CALL_MS) slowSl.add(i);
      // A warm-up call is kept only when it is the last the input gets from that engine: its one sample.
      if (round >= 0 || slowPg.has(i)) pg[i]!.push(ours);
      if (withSl && (round >= 0 || slowSl.has(i) || slowPg.has(i))) sl[i]!.push(theirs);
    }
  }
  const rows: Row[] = [];
  for (const [i, input] of inputs.entries()) {
    rows.push({ input, runs: pg[i]!.length, pg: spread(pg[i]!), sl: spread(sl[i]!), pgFindings: detect(input.text).length, slFindings: await secretlintCount(input.text) });
  }
  return rows;
}

const ms = (x: number): string => (x < 10 ? x.toFixed(3) : x.toFixed(1));
const perKb = (row: Row): number => row.pg.median / (row.input.text.length / 1024);

interface SizeSummary {
  size: SizeLabel;
  ratios: { kind: string; ratio: number }[];
  worstAdversarial: { kind: string; vsProse: number };
  /** The three adversarial inputs slowest per KB, slowest first. */
  slowestAdversarial: string[];
  /** The realistic inputs with secretlint's median ms per call, for the floor below. */
  realistic: { input: BenchInput; slMedian: number }[];
}

function report(size: SizeLabel, rounds: number, rows: Row[]): SizeSummary {
  const prose = rows.find((row) => row.input.kind === 'prose')!;
  const proseUsPerKb = perKb(prose);
  console.log(`\n${size}: ${rounds} interleaved rounds; CPU ms per call (min / median / max); ratio = secretlint median / promptgate median`);
  console.log(`(an engine whose call on an input took over ${SLOW_CALL_MS} ms leaves that input's later rounds; runs counts promptgate's)`);
  console.log(
    formatTable(
      ['input', 'runs', 'pg min', 'pg med', 'pg max', 'sl min', 'sl med', 'sl max', 'sl/pg', 'pg/KB vs prose', 'pg found', 'sl found'],
      rows.map((row) => [
        row.input.adversarial ? `adv: ${row.input.kind}` : row.input.kind,
        String(row.runs),
        ms(row.pg.min),
        ms(row.pg.median),
        ms(row.pg.max),
        ms(row.sl.min),
        ms(row.sl.median),
        ms(row.sl.max),
        (row.sl.median / row.pg.median).toFixed(2) + 'x',
        (perKb(row) / proseUsPerKb).toFixed(2) + 'x',
        String(row.pgFindings),
        String(row.slFindings),
      ]),
    ),
  );
  const adversarial = rows.filter((row) => row.input.adversarial);
  const worst = adversarial.reduce((a, b) => (perKb(b) > perKb(a) ? b : a));
  return {
    size,
    ratios: rows.filter((row) => !row.input.adversarial).map((row) => ({ kind: row.input.kind, ratio: row.sl.median / row.pg.median })),
    worstAdversarial: { kind: worst.input.kind, vsProse: perKb(worst) / proseUsPerKb },
    slowestAdversarial: rows
      .filter((row) => row.input.adversarial)
      .sort((a, b) => perKb(b) - perKb(a))
      .slice(0, 3)
      .map((row) => row.input.kind),
    realistic: rows.filter((row) => !row.input.adversarial).map((row) => ({ input: row.input, slMedian: row.sl.median })),
  };
}

function goals(summaries: SizeSummary[]): void {
  console.log(`\nGoals: promptgate >= ${THROUGHPUT_GOAL}x secretlint's throughput on realistic text; adversarial <= ${ADVERSARIAL_GOAL}x prose per KB (promptgate alone)`);
  const kinds = summaries[0]!.ratios.map((r) => r.kind);
  console.log(
    formatTable(
      ['size', ...kinds.map((kind) => `${kind} sl/pg`), 'throughput goal', 'worst adversarial (pg per KB vs prose)', 'adversarial goal'],
      summaries.map((s) => {
        const short = s.ratios.filter((r) => r.ratio < THROUGHPUT_GOAL).map((r) => r.kind);
        return [
          s.size,
          ...s.ratios.map((r) => r.ratio.toFixed(2) + 'x'),
          short.length ? `missed (${short.join(', ')})` : 'met',
          `${s.worstAdversarial.kind}: ${s.worstAdversarial.vsProse.toFixed(2)}x`,
          s.worstAdversarial.vsProse <= ADVERSARIAL_GOAL ? 'met' : 'missed',
        ];
      }),
    ),
  );
}

/**
 * The realistic inputs through an engine without rules: one pass splitting tokens, quote-only lines decoded,
 * the decoded views of other escaped lines. The ratio is secretlint's median (from the rounds above) over this
 * one's: the most promptgate could reach with rules that cost nothing.
 */
function floor(summaries: SizeSummary[]): void {
  const bare = createEngine([]);
  const rows: string[][] = [];
  for (const summary of summaries) {
    const label = summary.size;
    for (const { input, slMedian } of summary.realistic) {
      const samples: number[] = [];
      for (let round = -WARMUP[label]; round < ROUNDS[label]; round++) {
        const start = process.cpuUsage();
        bare.detect(input.text);
        const { user, system } = process.cpuUsage(start);
        if (round >= 0) samples.push((user + system) / 1000);
      }
      const median = spread(samples).median;
      rows.push([label, input.kind, ms(median), ms(slMedian), (slMedian / median).toFixed(2) + 'x']);
    }
  }
  console.log(`\nFloor: the same inputs through promptgate's engine with no rules (its single pass and decoded views); CPU ms per call, median`);
  console.log(formatTable(['size', 'input', 'no rules', 'sl med', 'sl/no rules'], rows));
}

/** Rounds per input for the rows after a collection: each a full collection, then two calls. */
const AFTER_COLLECTION_ROUNDS = 5;
/** How long to let the collector's background sweep finish before the first call is timed. */
const SWEEP_WAIT_MS = 100;

/**
 * The first call after a full garbage collection, against a call with none between: what a long-running gateway
 * pays on the first prompt after one. V8 throws away optimized code whose objects' shapes died in a collection,
 * and the call after it runs unoptimized and compiles again (see shared/src/detect/keep-shape.ts). Needs
 * `--expose-gc` (run-bundled passes it); CPU ms per call, median, at 1 MB for prose, code and each input that
 * was among the three slowest per KB.
 */
async function afterCollection(summaries: SizeSummary[], inputs: BenchInput[]): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) {
    console.log('\nAfter a collection: skipped (run with --expose-gc)');
    return;
  }
  const big = summaries.find((s) => s.size === '1 MB');
  if (big === undefined) return;
  const kinds = new Set(['prose', 'code', ...big.slowestAdversarial]);
  const rows: string[][] = [];
  for (const input of inputs.filter((i) => i.size === '1 MB' && kinds.has(i.kind))) {
    const first: number[] = [];
    const steady: number[] = [];
    for (let round = 0; round < AFTER_COLLECTION_ROUNDS; round++) {
      gc();
      // The collector sweeps on other threads after `gc()` returns, and CPU time counts every thread: waiting
      // lets the sweep finish, so the first call is charged for its own work only.
      await sleep(SWEEP_WAIT_MS);
      first.push(await timeMs(() => detect(input.text)));
      steady.push(await timeMs(() => detect(input.text)));
    }
    const f = spread(first).median;
    const s = spread(steady).median;
    rows.push([input.kind, ms(f), ms(s), (f / s).toFixed(2) + 'x']);
  }
  console.log(`\nAfter a collection: 1 MB, CPU ms of the first call after a full collection and of the next call, median of ${AFTER_COLLECTION_ROUNDS}`);
  console.log(formatTable(['input', 'first after gc', 'next', 'first/next'], rows));
}

async function main(): Promise<void> {
  const inputs = loadInputs();
  const rules = listBuiltinRules();
  console.log(`promptgate detect: ${rules.length} rules (${rules.filter((rule) => rule.category === 'secret').length} secret types), all on, PII included`);
  console.log(`secretlint ${secretlintVersion()} with preset-recommend; node ${process.version}`);
  const summaries: SizeSummary[] = [];
  for (const { label } of SIZES) {
    const rows = await measureSize(
      inputs.filter((input) => input.size === label),
      WARMUP[label],
      ROUNDS[label],
    );
    summaries.push(report(label, ROUNDS[label], rows));
  }
  goals(summaries);
  floor(summaries);
  await afterCollection(summaries, inputs);
}

function secretlintVersion(): string {
  const path = createRequire(import.meta.url).resolve('@secretlint/core/package.json');
  return (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version;
}

/** `decide` for one prompt with 50,000 findings, half secrets and half PII, on a site for a user in two groups. */
function decideMany(): void {
  const findings: Finding[] = Array.from({ length: 50_000 }, (_, i) => ({
    type: i % 2 ? 'email' : 'github-pat',
    category: i % 2 ? 'pii' : 'secret',
    start: i,
    end: i + 1,
    severity: 'high',
    confidence: 0.9,
  }));
  const context = { site: 'chatgpt.com', groups: ['a', 'b'] };
  const once = () => {
    const start = process.hrtime.bigint();
    decide(findings, context, defaultPolicy);
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  for (let i = 0; i < 20; i++) once();
  const { p50, p99 } = summarize(Array.from({ length: 200 }, once));
  console.log('\ndecide: one prompt with 50,000 findings (default policy, a site and two groups); ms per call');
  console.log(formatTable(['findings', 'p50', 'p99'], [['50,000', p50.toFixed(3), p99.toFixed(3)]]));
}

await main();
decideMany();
