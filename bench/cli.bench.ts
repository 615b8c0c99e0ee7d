// `npm run bench:cli`: how long a `promptgate` command takes from exec to exit, side by side with bare
// Node (`node -e 0`), in interleaved runs so a busy moment of the machine hits every command alike.
// Runs the built CLI (`npm run build` first).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { formatTable, percentile } from './stats';

const BIN = fileURLToPath(new URL('../desktop/bin/promptgate.js', import.meta.url));
const RUNS = Number(process.env['RUNS'] ?? 40);

interface Case {
  readonly name: string;
  readonly args: readonly string[];
  readonly input?: string;
}

const cases: readonly Case[] = [
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: 'promptgate --help', args: [BIN, '--help'] },
  { name: 'promptgate --version', args: [BIN, '--version'] },
  { name: 'promptgate scan (one line)', args: [BIN, 'scan'], input: 'export GITHUB_TOKEN=ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u\n' },
  { name: 'promptgate redact (one line)', args: [BIN, 'redact'], input: 'export GITHUB_TOKEN=ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u\n' },
];

function timeOnce(run: Case): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, run.args, { input: run.input ?? '', stdio: ['pipe', 'ignore', 'ignore'] });
  const elapsed = performance.now() - started;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${run.name} exited ${result.status}`);
  return elapsed;
}

const samples = new Map(cases.map((run) => [run.name, [] as number[]]));
for (const run of cases) timeOnce(run); // warm the file cache
for (let i = 0; i < RUNS; i++) for (const run of cases) samples.get(run.name)!.push(timeOnce(run));

const median = (values: readonly number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
const baseline = median(samples.get('node -e 0')!);
const rows = [...samples].map(([name, values]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return [name, sorted[0]!.toFixed(1), median(values).toFixed(1), sorted.at(-1)!.toFixed(1), `${(median(values) / baseline).toFixed(2)}×`];
});
console.log(`${RUNS} interleaved runs each, exec to exit (ms)\n`);
console.log(formatTable(['command', 'min', 'median', 'max', 'median ÷ node -e 0'], rows));
