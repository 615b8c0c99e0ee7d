/**
 * `npm run bench`: throughput of promptgate's `detect` (all secret rules and PII) side by side with plain
 * secretlint (preset-recommend) on the same inputs, in one run. Runs alternate between the two engines so
 * machine noise hits both alike. Reports the median time per call and MB/s, plus p99 for the 4 KB prompt.
 * Then the time `decide` takes for a prompt with 50,000 findings (the tests check only its answer).
 * Then the adversarial inputs (repeated keywords and operators, long runs, unclosed blocks, nested URLs…):
 * their time per KB against prose of the same size, and the worst case against the goal of 3x.
 */
import { lintSource } from '@secretlint/core';
import { creator as secretlintPreset } from '@secretlint/secretlint-rule-preset-recommend';
import { adversarialInputs } from '../shared/src/detect/adversarial';
import { decide, defaultPolicy, detect, listBuiltinRules, type Finding } from '../shared/src/index';
import { loadInputs } from './inputs';
import { formatTable, summarize } from './stats';

const secretlintConfig = { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: secretlintPreset }] };

async function secretlint(text: string): Promise<number> {
  const result = await lintSource({
    source: { filePath: '/prompt.txt', content: text, contentType: 'text' },
    options: { config: secretlintConfig },
  });
  return result.messages.length;
}

function iterationsFor(length: number): number {
  if (length < 10_000) return 2000;
  if (length < 200_000) return 100;
  return 20;
}

async function time(fn: () => unknown | Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function main(): Promise<void> {
  const inputs = loadInputs();
  const rows: string[][] = [];
  for (const input of inputs) {
    const iterations = iterationsFor(input.text.length);
    // Warm up both engines so neither pays JIT compilation inside the measurement.
    for (let i = 0; i < Math.min(iterations, 50); i++) {
      detect(input.text);
      await secretlint(input.text);
    }
    const ours: number[] = [];
    const theirs: number[] = [];
    for (let i = 0; i < iterations; i++) {
      ours.push(await time(() => detect(input.text)));
      theirs.push(await time(() => secretlint(input.text)));
    }
    const a = summarize(ours);
    const b = summarize(theirs);
    const mb = input.text.length / 1e6;
    rows.push([
      `${input.kind} ${input.size}`,
      a.p50.toFixed(3),
      a.p99.toFixed(3),
      (mb / (a.p50 / 1000)).toFixed(1),
      b.p50.toFixed(3),
      b.p99.toFixed(3),
      (mb / (b.p50 / 1000)).toFixed(1),
      (b.p50 / a.p50).toFixed(2) + 'x',
      String(detect(input.text).length),
      String(await secretlint(input.text)),
    ]);
  }
  const ruleCount = listBuiltinRules().length;
  const secretTypes = listBuiltinRules().filter((rule) => rule.category === 'secret').length;
  console.log(`promptgate detect: ${ruleCount} rules (${secretTypes} secret types) vs secretlint preset-recommend`);
  console.log(`node ${process.version}; times in ms per call (median p50 and p99); MB/s from p50\n`);
  console.log(
    formatTable(
      ['input', 'pg p50', 'pg p99', 'pg MB/s', 'sl p50', 'sl p99', 'sl MB/s', 'pg faster by', 'pg findings', 'sl findings'],
      rows,
    ),
  );
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

/** Worst-case time per KB on crafted input may be at most this many times that of prose. */
const ADVERSARIAL_GOAL = 3;
const ADVERSARIAL_RUNS = 50;

function medianMs(text: string, runs: number): number {
  for (let i = 0; i < 5; i++) detect(text);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    detect(text);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return summarize(samples).p50;
}

function adversarial(): void {
  const prose = loadInputs().find((input) => input.kind === 'prose' && input.size === '100 KB');
  if (prose === undefined) throw new Error('bench inputs have no 100 KB prose');
  const size = prose.text.length;
  const proseMs = medianMs(prose.text, ADVERSARIAL_RUNS);
  const perKb = (ms: number) => (ms * 1000) / (size / 1024);
  const rows: string[][] = [];
  let worst = { name: '', ratio: 0 };
  for (const input of adversarialInputs(size)) {
    const ms = medianMs(input.text, ADVERSARIAL_RUNS);
    const ratio = ms / proseMs;
    if (ratio > worst.ratio) worst = { name: input.name, ratio };
    rows.push([input.name, ms.toFixed(3), perKb(ms).toFixed(1), ratio.toFixed(2) + 'x']);
  }
  console.log(`\nadversarial inputs at ${(size / 1024).toFixed(0)} KB against prose of the same size (${proseMs.toFixed(3)} ms, ${perKb(proseMs).toFixed(1)} µs/KB)\n`);
  console.log(formatTable(['input', 'p50 ms', 'µs/KB', 'per KB vs prose'], rows));
  const verdict = worst.ratio <= ADVERSARIAL_GOAL ? 'within' : 'over';
  console.log(`\nworst case: ${worst.name}, ${worst.ratio.toFixed(2)}x prose per KB (${verdict} the ${ADVERSARIAL_GOAL}x goal)`);
}

await main();
decideMany();
adversarial();
