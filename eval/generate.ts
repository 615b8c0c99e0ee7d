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
 *   npx tsx eval/generate.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from './gen/codec';
import type { SecretFormat } from './gen/format';
import { piiNegatives, secretNegatives } from './gen/negatives';
import { piiGenerators, piiTemplates, type PiiValue } from './gen/pii';
import { Rng } from './gen/rng';
import { secretFormats } from './gen/secrets/index';
import { assignTemplates, blockTemplates, documentTemplates, headerTemplates, type Entry } from './gen/templates';
import { lineSchema, type CorpusLine, type Positive } from './schema';

const SEED = 0x5eca1;
const SAMPLES_PER_FORMAT = 3;
const PII_SAMPLES_PER_KIND = 24;
const SECRET_NEGATIVES_PER_KIND = 6;
const PII_NEGATIVES_PER_KIND = 8;

const corpusDir = join(dirname(fileURLToPath(import.meta.url)), 'corpus');

interface Labelled {
  type: string;
  entry: Entry;
  value: string;
  shape: SecretFormat['shape'];
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

function positive(id: string, category: 'secret' | 'pii', text: string, secrets: { type: string; value: string }[]): Positive {
  for (const s of secrets) {
    // Exactly once keeps the label unambiguous; a miss here is a generator bug, not a corpus choice.
    if (occurrences(text, s.value) !== 1) throw new Error(`${id}: ${s.type} value occurs ${occurrences(text, s.value)} times`);
  }
  return { id, text, secrets, category };
}

/** Takes 1–3 entries with distinct names from the front of `pool`, for one multi-value snippet. */
function takeGroup(pool: Labelled[], r: Rng): Labelled[] {
  const want = r.pick([1, 1, 2, 2, 3]);
  const group: Labelled[] = [pool.shift()!];
  for (let i = 0; i < pool.length && group.length < want; ) {
    const candidate = pool[i]!;
    if (group.some((g) => g.entry.name === candidate.entry.name)) i++;
    else group.push(pool.splice(i, 1)[0]!);
  }
  return group;
}

function secretPositives(): Positive[] {
  const labelled: Labelled[] = [];
  for (const format of secretFormats) {
    const fr = formatRng(format);
    for (let i = 0; i < SAMPLES_PER_FORMAT; i++) {
      const sample = format.make(fr);
      labelled.push({ type: format.type, entry: { name: format.name, display: sample.display }, value: sample.value, shape: format.shape });
    }
  }
  const r = new Rng(SEED + 1);
  const pools = { assign: [] as Labelled[], header: [] as Labelled[], single: [] as Labelled[] };
  for (const l of r.shuffle(labelled)) (l.shape === 'assign' ? pools.assign : l.shape === 'header' ? pools.header : pools.single).push(l);

  const out: Positive[] = [];
  const id = (): string => `secret-pos-${String(out.length + 1).padStart(4, '0')}`;
  while (pools.assign.length) {
    const group = takeGroup(pools.assign, r);
    const text = r.pick(assignTemplates)(group.map((g) => g.entry), r);
    out.push(positive(id(), 'secret', text, group.map((g) => ({ type: g.type, value: g.value }))));
  }
  while (pools.header.length) {
    const group = takeGroup(pools.header, r);
    const text = r.pick(headerTemplates)(group.map((g) => g.entry), r);
    out.push(positive(id(), 'secret', text, group.map((g) => ({ type: g.type, value: g.value }))));
  }
  for (const l of pools.single) {
    if (l.shape === 'document') {
      out.push(positive(id(), 'secret', r.pick(documentTemplates)([l.entry], r), [{ type: l.type, value: l.value }]));
    } else {
      const { text, value } = r.pick(blockTemplates)(l.entry, r);
      out.push(positive(id(), 'secret', text, [{ type: l.type, value }]));
    }
  }
  return r.shuffle(out).map((p, i) => ({ ...p, id: `secret-pos-${String(i + 1).padStart(4, '0')}` }));
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
    out.push(positive(`pii-pos-${String(out.length + 1).padStart(4, '0')}`, 'pii', text, group.map((v) => ({ type: v.type, value: v.value }))));
  }
  return out;
}

function negatives(category: 'secret' | 'pii', gens: ((r: Rng) => string)[], perKind: number, seed: number): CorpusLine[] {
  const r = new Rng(seed);
  const seen = new Set<string>();
  const out: CorpusLine[] = [];
  for (let i = 0; i < perKind; i++) {
    for (const gen of gens) {
      const text = gen(r);
      if (seen.has(text)) continue; // fixed-choice generators repeat; duplicates would only skew the rate
      seen.add(text);
      out.push({ id: `${category}-neg-${String(out.length + 1).padStart(4, '0')}`, text, category });
    }
  }
  return out;
}

function write(file: string, lines: CorpusLine[]): void {
  for (const line of lines) lineSchema.parse(line);
  writeFileSync(join(corpusDir, file), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  console.log(`${file}: ${lines.length} lines`);
}

mkdirSync(corpusDir, { recursive: true });
write('secret-positives.jsonl', secretPositives());
write('pii-positives.jsonl', piiPositives());
write('secret-negatives.jsonl', negatives('secret', secretNegatives, SECRET_NEGATIVES_PER_KIND, SEED + 3));
write('pii-negatives.jsonl', negatives('pii', piiNegatives, PII_NEGATIVES_PER_KIND, SEED + 4));
