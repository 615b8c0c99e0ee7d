/**
 * Generates the labelled detection-quality corpus in eval/corpus/*.jsonl.
 *
 * Where the formats come from: every token format under eval/gen/secrets is written from the provider's
 * public token-format documentation and announcements (prefix, length, alphabet, checksum: e.g. GitHub's
 * CRC-32 suffix, Azure's key signatures, OpenAI's embedded "T3BlbkFJ"), and the PII validity rules
 * (Luhn, ISO 13616 mod-97, SSA SSN ranges, Base58Check, BIP-173/350 bech32, EIP-55) from their public
 * specifications. No other scanner's test data is used. All values are synthetic, drawn from a seeded PRNG.
 *
 * Regenerate (deterministic; commit the output together with any change here):
 *   npx tsx eval/generate.ts            every file
 *   npx tsx eval/generate.ts secret     only the secret files (or `pii`: only the PII files)
 *
 * Cases written out by hand as labelled lines, not by a generator here, live in the `*-added.jsonl` files beside
 * the generated ones (ids `…-added-NNNN`). This script never writes those, so regenerating keeps them; the scorer
 * reads every file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from './gen/codec';
import type { Context } from './gen/contexts';
import type { SecretFormat } from './gen/format';
import { handwrittenCases } from './gen/handwritten';
import { piiNegatives, secretNegatives } from './gen/negatives';
import { piiGenerators, piiTemplates, type PiiValue } from './gen/pii';
import { Rng } from './gen/rng';
import { inToolCall } from './gen/tool-call-wrap';
import { secretFormats } from './gen/secrets/index';
import { contextTemplates, type ContextTemplates, type Entry, type Family } from './gen/templates/index';
import { lineSchema, type CorpusLine, type Positive } from './schema';

const SEED = 0x5eca1;
/** Each format's samples go to different contexts, so every format is seen in several surroundings. */
const SAMPLES_PER_FORMAT = 4;
const PII_SAMPLES_PER_KIND = 24;
const SECRET_NEGATIVES_PER_KIND = 6;
const PII_NEGATIVES_PER_KIND = 8;

const corpusDir = join(dirname(fileURLToPath(import.meta.url)), 'corpus');

interface Labelled {
  type: string;
  entry: Entry;
  context: ContextTemplates;
  family: Family;
}

/**
 * Each format draws its values from its own stream, so adding a format leaves the others' values alone.
 * The key includes name and shape because one type may appear in several contexts (env var and header).
 */
function formatRng(format: SecretFormat): Rng {
  return new Rng(SEED ^ crc32(`${format.type}|${format.name}|${format.shape}`));
}

function occurrences(text: string, value: string): number {
  let n = 0;
  for (let at = text.indexOf(value); at !== -1; at = text.indexOf(value, at + 1)) n++;
  return n;
}

function positive(id: string, category: 'secret' | 'pii', text: string, secrets: { type: string; value: string }[], context?: Context): Positive {
  for (const s of secrets) {
    // Exactly once keeps the label unambiguous; a miss here is a generator bug, not a corpus choice.
    if (occurrences(text, s.value) !== 1) throw new Error(`${id}: ${s.type} value occurs ${occurrences(text, s.value)} times`);
  }
  return context ? { id, text, secrets, category, context } : { id, text, secrets, category };
}

/** Takes 1–3 entries with distinct names from the front of `pool`, for one multi-value snippet. */
function takeGroup(pool: Labelled[], r: Rng): Labelled[] {
  const want = r.pick([1, 1, 2, 2, 3]);
  const group: Labelled[] = [pool.shift()!];
  for (let i = 0; i < pool.length && group.length < want;) {
    const candidate = pool[i]!;
    if (group.some((g) => g.entry.name === candidate.entry.name)) i++;
    else group.push(pool.splice(i, 1)[0]!);
  }
  return group;
}

const looksLikeUrl = (s: string): boolean => /^[a-z][a-z0-9+.:-]*:\/\//i.test(s);

/** The template families a sample fits: a bare token fits more places than a connection string. */
function familiesFor(format: SecretFormat, entry: Entry): Family[] {
  if (format.shape !== 'assign') return [format.shape];
  if (looksLikeUrl(entry.display)) return ['assign', 'url'];
  return entry.display === entry.value ? ['assign', 'token'] : ['assign'];
}

function secretPositives(): Positive[] {
  const r = new Rng(SEED + 1);
  const pools = new Map<string, Labelled[]>();
  secretFormats.forEach((format, formatIndex) => {
    const fr = formatRng(format);
    for (let i = 0; i < SAMPLES_PER_FORMAT; i++) {
      const sample = format.make(fr);
      const entry: Entry = { name: format.name, display: sample.display, value: sample.value };
      const families = familiesFor(format, entry);
      const contexts = contextTemplates.filter((ct) => families.some((f) => ct[f]?.length));
      // Round robin over the contexts that can carry it, offset per format so all contexts fill evenly.
      const context = contexts[(formatIndex + i) % contexts.length]!;
      const family = r.pick(families.filter((f) => context[f]?.length));
      const key = `${context.context}/${family}`;
      const pool = pools.get(key) ?? [];
      pool.push({ type: format.type, entry, context, family });
      pools.set(key, pool);
    }
  });

  const out: Positive[] = [];
  const id = (): string => `secret-pos-${String(out.length + 1).padStart(4, '0')}`;
  for (const [, listed] of [...pools].sort(([a], [b]) => a.localeCompare(b))) {
    const pool = r.shuffle(listed);
    while (pool.length) {
      const single = pool[0]!.family === 'block' || pool[0]!.family === 'document';
      const group = single ? [pool.shift()!] : takeGroup(pool, r);
      const { context, family } = group[0]!;
      const rendered = r.pick(context[family]!)(
        group.map((g) => g.entry),
        r,
      );
      const snippet = typeof rendered === 'string' ? { text: rendered } : rendered;
      const values = snippet.values ?? group.map((g) => g.entry.value);
      out.push(
        positive(
          id(),
          'secret',
          snippet.text,
          group.map((g, i) => ({ type: g.type, value: values[i]! })),
          context.context,
        ),
      );
    }
  }
  return r.shuffle(out).map((p, i) => ({ ...p, id: `secret-pos-${String(i + 1).padStart(4, '0')}` }));
}

function handwrittenPositives(): Positive[] {
  return handwrittenCases().map((c, i) => positive(`secret-hand-${String(i + 1).padStart(4, '0')}`, 'secret', c.text, c.secrets, c.context));
}

function piiPositives(): Positive[] {
  const r = new Rng(SEED + 2);
  const values: PiiValue[] = [];
  for (const gen of piiGenerators) for (let i = 0; i < PII_SAMPLES_PER_KIND; i++) values.push(gen(r));
  const pool = r.shuffle(values);
  const out: Positive[] = [];
  while (pool.length) {
    const group = pool.splice(0, r.pick([1, 1, 2, 3]));
    const text = r.pick(piiTemplates)(group, r);
    out.push(
      positive(
        `pii-pos-${String(out.length + 1).padStart(4, '0')}`,
        'pii',
        text,
        group.map((v) => ({ type: v.type, value: v.value })),
      ),
    );
  }
  return out;
}

interface NegativeKind {
  context?: Context;
  gen: (r: Rng) => string;
}

function negatives(category: 'secret' | 'pii', kinds: readonly NegativeKind[], perKind: number, seed: number): CorpusLine[] {
  const r = new Rng(seed);
  const seen = new Set<string>();
  const out: CorpusLine[] = [];
  for (let i = 0; i < perKind; i++) {
    for (const { context, gen } of kinds) {
      const text = gen(r);
      if (seen.has(text)) continue; // fixed-choice generators repeat; duplicates would only skew the rate
      seen.add(text);
      const id = `${category}-neg-${String(out.length + 1).padStart(4, '0')}`;
      out.push(context ? { id, text, category, context } : { id, text, category });
    }
  }
  return out;
}

/**
 * A third of the PII cases, positive and negative, as an agent's tool calls carry them (`inToolCall`): a table's
 * header then sits after `"content":"`, and its rows behind `\n` escapes. Drawn from a stream of their own, so
 * the cases they wrap stay as they are; a case whose value would change by escaping is left out.
 */
function piiInToolCalls(positives: readonly Positive[], negativeLines: readonly CorpusLine[]): CorpusLine[] {
  const r = new Rng(SEED + 6);
  const out: CorpusLine[] = [];
  positives.forEach((base, i) => {
    if (i % 3 !== 0) return;
    const text = inToolCall(base.text, r);
    if (base.secrets.some((s) => occurrences(text, s.value) !== 1)) return;
    out.push(positive(`pii-tool-pos-${String(out.length + 1).padStart(4, '0')}`, 'pii', text, base.secrets, 'tool-call'));
  });
  let negativesOut = 0;
  negativeLines.forEach((base, i) => {
    if (i % 3 !== 0) return;
    out.push({ id: `pii-tool-neg-${String(++negativesOut).padStart(4, '0')}`, text: inToolCall(base.text, r), category: 'pii', context: 'tool-call' });
  });
  return out;
}

function write(file: string, lines: CorpusLine[]): void {
  for (const line of lines) lineSchema.parse(line);
  writeFileSync(join(corpusDir, file), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  console.log(`${file}: ${lines.length} lines`);
}

// `npx tsx eval/generate.ts secret` (or `pii`) rewrites only that category's files.
const only = process.argv[2];
if (only !== undefined && only !== 'secret' && only !== 'pii') {
  console.error(`usage: npx tsx eval/generate.ts [secret|pii] (got ${JSON.stringify(only)})`);
  process.exit(2);
}
mkdirSync(corpusDir, { recursive: true });
if (only !== 'pii') {
  write('secret-positives.jsonl', secretPositives());
  write('secret-handwritten.jsonl', handwrittenPositives());
  write('secret-negatives.jsonl', negatives('secret', secretNegatives, SECRET_NEGATIVES_PER_KIND, SEED + 3));
}
if (only !== 'secret') {
  const positives = piiPositives();
  const negativeLines = negatives(
    'pii',
    piiNegatives.map((gen) => ({ gen })),
    PII_NEGATIVES_PER_KIND,
    SEED + 4,
  );
  write('pii-positives.jsonl', positives);
  write('pii-negatives.jsonl', negativeLines);
  write('pii-tool-calls.jsonl', piiInToolCalls(positives, negativeLines));
}
