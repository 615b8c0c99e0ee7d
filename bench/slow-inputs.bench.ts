/**
 * `npm run bench:slow-inputs [-- --cases N --seed S --over R --kb K --pii]`: searches for texts that make detection
 * slow per KB next to prose, the bench's "no input slower than 3x prose per KB", beyond the inputs of
 * `adversarial.ts`. A case is one to three short units, each a few pieces (a rule's keyword, prefix or anchor;
 * an operator, quote or escape; a random value of a token alphabet; digits with separators; a character a
 * decoded view folds), repeated to K KB as a crafted prompt repeats itself (`--pii`: personal data's label words
 * and numbers in place of secrets' words and values). Cases at R times prose per KB or more are printed with the functions that took most of their time in
 * a sampled CPU profile: one function far ahead names a hot spot to fix (then add the case to `adversarial.ts`);
 * time spread over many means a text dense with work for every rule.
 *
 * Seeded: the same arguments search the same cases. Timings are the fastest of several warm runs, so a busy
 * moment of the machine moves a case's ratio little; prose is timed the same way, first.
 */
import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createEngine } from '../shared/src/index';
import { builtinRules } from '../shared/src/detect/rules';
import { loadInputs } from './inputs';

const { values: options } = parseArgs({
  options: {
    cases: { type: 'string', default: '500' },
    seed: { type: 'string', default: '1' },
    over: { type: 'string', default: '4' },
    kb: { type: 'string', default: '64' },
    pii: { type: 'boolean', default: false },
  },
});
const CASES = Number(options.cases);
const OVER = Number(options.over);
const SIZE = Number(options.kb) * 1024;
if (![CASES, OVER, SIZE].every((value) => Number.isFinite(value) && value > 0)) throw new Error('--cases, --over and --kb take positive numbers');
if (!Number.isInteger(Number(options.seed))) throw new Error(`--seed takes a whole number, not ${options.seed}`);

const engine = createEngine(builtinRules);

let state = Number(options.seed) >>> 0;
function random(): number {
  state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
  return state / 4294967296;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const run = (alphabet: string, min: number, spread: number): string => {
  let out = '';
  for (let i = min + Math.floor(random() * spread); i > 0; i--) out += alphabet[Math.floor(random() * alphabet.length)];
  return out;
};

/** What the rules look for: their keywords, prefixes and anchors (only personal data's with `--pii`). */
const words = [
  ...new Set(
    builtinRules
      .filter((rule) => !options.pii || rule.category === 'pii')
      .flatMap((rule) =>
        ('keywords' in rule ? [...(rule.keywords ?? [])] : []).concat('prefixes' in rule ? rule.prefixes : [], 'anchors' in rule ? [...(rule.anchors ?? [])] : []),
      ),
  ),
];
const prefixes = builtinRules.flatMap((rule) => ('prefixes' in rule ? rule.prefixes : []));
const SYNTAX = [
  '=',
  ':',
  ': ',
  ' = ',
  ':=',
  '=>',
  '"',
  "'",
  '`',
  '\\n',
  '\\"',
  '\n',
  '\r\n',
  ' ',
  '\t',
  '-',
  '_',
  '.',
  '/',
  '//',
  '@',
  '#',
  '$',
  '${',
  '{',
  '}',
  '[',
  ']',
  '(',
  ')',
  ',',
  ';',
  '|',
  '&',
  '?',
  '%',
  '+',
  '*',
  '<',
  '>',
  '!',
  '~',
];
const FOLDED = ['\u200b', '\u00ad', 'Ａ', '：', '（', '№', 'é'];
const ALPHABETS = [
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-',
  '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz',
  '0123456789abcdef',
  'abcdefghijklmnopqrstuvwxyz',
];
const MALFORMED = ['%FF', '%C3', '=', '==', '\\u00', '0x', '.', '-'];
const NUMBERS = [
  () => run('0123456789', 1, 15),
  () => run('0123456789 ', 3, 16),
  () => run('0123456789-./ ', 3, 16),
  () => run('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1, 3) + run('0123456789', 5, 9),
];
const VALUES = [
  ...NUMBERS,
  () => pick(prefixes) + run(pick(ALPHABETS), 6, 60) + (random() < 0.3 ? pick(MALFORMED) + run(pick(ALPHABETS), 0, 20) : ''),
  () => run(pick(ALPHABETS), 1, 60),
  () => pick(['https://', 'Bearer ', 'BEGIN', 'user', 'password', 'is', 'born', 'DOB', '+1', 'Jan', 'März', '年', 'No.', 'tel:']),
];

function piece(): string {
  const roll = random();
  if (roll < 0.3) return random() < 0.3 ? pick(words).toUpperCase() : pick(words);
  if (roll < 0.55) return pick(SYNTAX);
  if (roll < 0.6) return pick(FOLDED);
  return options.pii ? pick(NUMBERS)() : pick(VALUES)();
}

function newCase(): string[] {
  return Array.from({ length: 1 + Math.floor(random() * 3) }, () => Array.from({ length: 1 + Math.floor(random() * 6) }, piece).join(''));
}

function repeated(units: readonly string[]): string {
  let text = '';
  for (let i = 0; text.length < SIZE; i++) text += units[i % units.length];
  return text.slice(0, SIZE);
}

/** Fastest of `runs` calls, ms. */
function fastest(text: string, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    engine.detect(text);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

const prose = loadInputs()
  .find((input) => input.kind.startsWith('prose') && input.size === '100 KB')!
  .text.slice(0, SIZE);
fastest(prose, 20);
const proseMs = fastest(prose, 20);
console.log(`prose, ${SIZE / 1024} KB: ${proseMs.toFixed(2)} ms; ${CASES} cases, seed ${options.seed}; printing those at ${OVER}x prose or more`);

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });

/**
 * The source file a profile's frame ran: many rules' functions are called `scan`. Bundled (`run-bundled.ts`),
 * the bundle's `// path` comments say where each file's code starts; under tsx, the frame's own file.
 */
const bundle = fileURLToPath(import.meta.url);
const fileStarts = readFileSync(bundle, 'utf8')
  .split('\n')
  .flatMap((line, index) => (/^\/\/ \S+\.ts$/.test(line) ? [{ index, file: basename(line.slice(3), '.ts') }] : []));
function fileOf(url: string, line: number): string {
  if (url !== import.meta.url) return basename(url);
  let file = '?';
  for (const start of fileStarts) if (start.index <= line) file = start.file;
  return file;
}

/** The three functions with the most samples while detecting in `text`, with their files and shares. */
async function hottest(text: string): Promise<string> {
  await session.post('Profiler.start');
  for (let i = 0; i < 15; i++) engine.detect(text);
  const { profile } = await session.post('Profiler.stop');
  const byId = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const samples = new Map<string, number>();
  for (const id of profile.samples ?? []) {
    const frame = byId.get(id)!;
    const name = `${frame.functionName || '(anonymous)'} (${frame.url ? fileOf(frame.url, frame.lineNumber) : 'native'})`;
    samples.set(name, (samples.get(name) ?? 0) + 1);
  }
  const total = profile.samples?.length ?? 1;
  return [...samples]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([name, count]) => `${name} ${Math.round((count / total) * 100)}%`)
    .join(', ');
}

let slow = 0;
for (let n = 0; n < CASES; n++) {
  const units = newCase();
  const text = repeated(units);
  engine.detect(text);
  // Two runs screen a case; only a case near the bar is warmed and timed again.
  if (fastest(text, 2) < proseMs * OVER * 0.8) continue;
  fastest(text, 6);
  const ratio = fastest(text, 8) / proseMs;
  if (ratio < OVER) continue;
  slow++;
  console.log(`${ratio.toFixed(2)}x  ${JSON.stringify(units)}  | ${await hottest(text)}`);
}
console.log(`${slow} of ${CASES} cases at ${OVER}x prose per KB or more`);
session.disconnect();
