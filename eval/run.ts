/**
 * `npm run eval`: scores the detection engine against the labelled corpus in eval/corpus and prints
 * recall, false-positive rates, the formats rules miss and the negatives they fire on.
 *
 *   npm run eval                 summary, recall and false alarms per context, missed formats, false positives
 *   npm run eval -- --verbose    also every missed value and the full per-format table
 *   npm run eval -- --json       machine-readable report on stdout
 *
 * Exits 0 whatever the figures are (targets: recall >= 95%, FP < 2%); exits 2 only on a malformed corpus.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detect, type Finding } from '../shared/src/index';
import { CONTEXTS } from './gen/contexts';
import { isPositive, negativeSchema, positiveSchema, type CorpusLine } from './schema';
import { falsePositiveFindings, offsets, RULE_TEXT, scorePositive, type LabelResult } from './score';

type Category = 'secret' | 'pii';
const CATEGORIES: Category[] = ['secret', 'pii'];
const RECALL_TARGET = 0.95;
const FP_TARGET = 0.02;

const args = new Set(process.argv.slice(2));
const asJson = args.has('--json');
const verbose = args.has('--verbose') || args.has('-v');

const corpusDir = join(dirname(fileURLToPath(import.meta.url)), 'corpus');

class CorpusError extends Error {}

function loadCorpus(): CorpusLine[] {
  const files = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
  if (files.length === 0) throw new CorpusError(`no .jsonl files in eval/corpus (run: npx tsx eval/generate.ts)`);
  const lines: CorpusLine[] = [];
  const errors: string[] = [];
  const ids = new Set<string>();
  for (const file of files) {
    readFileSync(join(corpusDir, file), 'utf8')
      .split('\n')
      .forEach((raw, i) => {
        if (raw.trim() === '') return;
        const where = `eval/corpus/${file}:${i + 1}`;
        let json: unknown;
        try {
          json = JSON.parse(raw);
        } catch (err) {
          errors.push(`${where}: not valid JSON (${(err as Error).message})`);
          return;
        }
        // A union's errors are vague, so validate against the branch the line means to be: a line with
        // a "secrets" key is a positive, anything else a negative.
        const intended = json !== null && typeof json === 'object' && 'secrets' in json ? positiveSchema : negativeSchema;
        const parsed = intended.safeParse(json);
        if (!parsed.success) {
          const issues = parsed.error.issues.map((iss) => `${iss.path.join('.') || '(line)'}: ${iss.message}`);
          errors.push(`${where}: does not match the corpus schema — ${issues.join('; ')}`);
          return;
        }
        const line = parsed.data;
        if (ids.has(line.id)) errors.push(`${where}: duplicate id ${line.id}`);
        ids.add(line.id);
        if (isPositive(line)) {
          for (const s of line.secrets) {
            if (offsets(line.text, s.value).length === 0) errors.push(`${where}: ${line.id} labels a ${s.type} value that is not a substring of text`);
          }
        }
        lines.push(line);
      });
  }
  if (errors.length) throw new CorpusError(`malformed corpus:\n  ${errors.join('\n  ')}`);
  return lines;
}

function safeDetect(text: string, id: string, failures: string[]): Finding[] {
  try {
    return detect(text);
  } catch (err) {
    // An engine crash is reported and scored as "no findings" so one bad rule does not hide the rest.
    failures.push(`${id}: detect() threw ${(err as Error).message}`);
    return [];
  }
}

const pct = (n: number, d: number): string => (d === 0 ? '  n/a' : `${((100 * n) / d).toFixed(1)}%`);
const clip = (s: string, n: number): string => {
  const flat = s.replace(/\n/g, '\\n');
  return flat.length > n ? flat.slice(0, n - 1) + '…' : flat;
};

interface FormatRow {
  type: string;
  category: Category;
  found: number;
  total: number;
  recall: number;
}

/** Recall and false alarms of one category in one context (chat, shell, tool-call...). */
interface ContextRow {
  category: Category;
  context: string;
  positiveTexts: number;
  labels: number;
  found: number;
  recall: number;
  negativeTexts: number;
  falsePositiveTexts: number;
  falsePositiveRate: number;
}

/** PII lines come from templates that predate contexts. */
const NO_CONTEXT = '(untagged)';
const CONTEXT_ORDER: readonly string[] = [...CONTEXTS, NO_CONTEXT];

interface FalsePositive {
  id: string;
  category: Category;
  context: string;
  findings: { type: string; text: string; confidence: number }[];
  excerpt: string;
}

function main(): void {
  const corpus = loadCorpus();
  const failures: string[] = [];
  const started = performance.now();

  const labels: (LabelResult & { category: Category; context: string })[] = [];
  const fps: FalsePositive[] = [];
  const negTotals: Record<Category, number> = { secret: 0, pii: 0 };
  const posTexts: Record<Category, number> = { secret: 0, pii: 0 };
  const byContext = new Map<string, ContextRow>();
  const contextRow = (category: Category, context: string): ContextRow => {
    const key = `${category}:${context}`;
    const row = byContext.get(key) ?? { category, context, positiveTexts: 0, labels: 0, found: 0, recall: 0, negativeTexts: 0, falsePositiveTexts: 0, falsePositiveRate: 0 };
    byContext.set(key, row);
    return row;
  };

  for (const line of corpus) {
    const findings = safeDetect(line.text, line.id, failures);
    const context = line.context ?? NO_CONTEXT;
    const row = contextRow(line.category, context);
    if (isPositive(line)) {
      posTexts[line.category]++;
      row.positiveTexts++;
      for (const result of scorePositive(line, findings)) {
        labels.push({ ...result, category: line.category, context });
        row.labels++;
        if (result.found) row.found++;
      }
    } else {
      negTotals[line.category]++;
      row.negativeTexts++;
      const hits = falsePositiveFindings(line, findings);
      if (hits.length) {
        row.falsePositiveTexts++;
        fps.push({
          id: line.id,
          category: line.category,
          context,
          findings: hits.map((f) => ({ type: f.type, text: clip(line.text.slice(f.start, f.end), 60), confidence: f.confidence })),
          excerpt: clip(line.text, 100),
        });
      }
    }
  }
  const elapsedMs = performance.now() - started;
  const contextRows = [...byContext.values()]
    .map((row) => ({ ...row, recall: row.labels ? row.found / row.labels : 0, falsePositiveRate: row.negativeTexts ? row.falsePositiveTexts / row.negativeTexts : 0 }))
    .sort((a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category) || CONTEXT_ORDER.indexOf(a.context) - CONTEXT_ORDER.indexOf(b.context));

  const rows = new Map<string, FormatRow>();
  for (const l of labels) {
    const key = `${l.category}:${l.type}`;
    const row = rows.get(key) ?? { type: l.type, category: l.category, found: 0, total: 0, recall: 0 };
    row.total++;
    if (l.found) row.found++;
    row.recall = row.found / row.total;
    rows.set(key, row);
  }
  const formatRows = [...rows.values()].sort((a, b) => a.recall - b.recall || b.total - a.total || a.type.localeCompare(b.type));

  const summary = Object.fromEntries(
    CATEGORIES.map((c) => {
      const mine = labels.filter((l) => l.category === c);
      const found = mine.filter((l) => l.found).length;
      const fpCount = fps.filter((f) => f.category === c).length;
      return [
        c,
        {
          positiveTexts: posTexts[c],
          labels: mine.length,
          formats: formatRows.filter((r) => r.category === c).length,
          found,
          recall: mine.length ? found / mine.length : 0,
          negativeTexts: negTotals[c],
          falsePositiveTexts: fpCount,
          falsePositiveRate: negTotals[c] ? fpCount / negTotals[c] : 0,
        },
      ];
    }),
  ) as Record<
    Category,
    { positiveTexts: number; labels: number; formats: number; found: number; recall: number; negativeTexts: number; falsePositiveTexts: number; falsePositiveRate: number }
  >;

  const misses = labels.filter((l) => !l.found);

  if (asJson) {
    const report = {
      rule: RULE_TEXT,
      targets: { recall: RECALL_TARGET, falsePositiveRate: FP_TARGET },
      summary,
      contexts: contextRows,
      formats: formatRows,
      misses: misses.map((m) => ({ id: m.id, category: m.category, context: m.context, type: m.type, value: m.value, coverage: m.coverage, touching: m.touching })),
      falsePositives: fps,
      engineErrors: failures,
      elapsedMs: Math.round(elapsedMs),
    };
    process.stdout.write(JSON.stringify(report, null, 2) + '\n');
    return;
  }

  const out: string[] = [];
  out.push('promptgate detection eval', '');
  out.push(`Rule: ${RULE_TEXT}.`, '');
  for (const c of CATEGORIES) {
    const s = summary[c];
    const recallMark = s.recall >= RECALL_TARGET ? 'ok' : 'below target';
    const fpMark = s.falsePositiveRate < FP_TARGET ? 'ok' : 'above target';
    out.push(
      `${c.toUpperCase().padEnd(6)} recall ${pct(s.found, s.labels).padStart(6)}  (${s.found}/${s.labels} values, ${s.formats} formats, ${s.positiveTexts} texts)  [target >= ${RECALL_TARGET * 100}%: ${recallMark}]`,
    );
    out.push(
      `${''.padEnd(6)} FP rate ${pct(s.falsePositiveTexts, s.negativeTexts).padStart(5)}  (${s.falsePositiveTexts}/${s.negativeTexts} negative texts with a ${c} finding)  [target < ${FP_TARGET * 100}%: ${fpMark}]`,
    );
  }
  out.push('', `${corpus.length} texts scanned in ${Math.round(elapsedMs)} ms.`);

  out.push('', 'Per context (recall: values found; FP rate: negative texts with a finding of the category):');
  const contextWidth = Math.max(...contextRows.map((r) => r.context.length));
  for (const r of contextRows) {
    const recall = r.labels
      ? `recall ${pct(r.found, r.labels).padStart(6)} (${String(r.found).padStart(4)}/${String(r.labels).padEnd(4)} in ${String(r.positiveTexts).padStart(3)} texts)`
      : 'recall    n/a'.padEnd(38);
    const fp = r.negativeTexts ? `FP rate ${pct(r.falsePositiveTexts, r.negativeTexts).padStart(6)} (${r.falsePositiveTexts}/${r.negativeTexts})` : 'FP rate    n/a';
    out.push(`  ${r.category.padEnd(6)} ${r.context.padEnd(contextWidth)}  ${recall}  ${fp}`);
  }

  const shownRows = verbose ? formatRows : formatRows.filter((r) => r.found < r.total);
  out.push('', verbose ? 'Per-format recall:' : `Formats with misses (${shownRows.length}; --verbose for all):`);
  if (shownRows.length === 0) out.push('  none');
  const width = Math.max(10, ...shownRows.map((r) => r.type.length));
  for (const r of shownRows)
    out.push(`  ${r.category.padEnd(6)} ${r.type.padEnd(width)} ${String(r.found).padStart(3)}/${String(r.total).padEnd(3)} ${pct(r.found, r.total).padStart(6)}`);

  if (verbose && misses.length) {
    out.push('', 'Missed values:');
    for (const m of misses) {
      const near = m.touching.length ? m.touching.map((t) => `${t.category}:${t.type} ${(t.coverage * 100).toFixed(0)}%`).join(', ') : 'no finding overlaps';
      out.push(`  ${m.id} (${m.context}) ${m.type}: ${clip(m.value, 70)}  [${near}]`);
    }
  }

  out.push('', `False positives (${fps.length}):`);
  if (fps.length === 0) out.push('  none');
  for (const fp of fps) {
    out.push(`  ${fp.id} (${fp.context}) ${fp.findings.map((f) => `${f.type} "${f.text}"`).join(', ')}`);
    if (verbose) out.push(`      in: ${fp.excerpt}`);
  }

  if (failures.length) out.push('', `Engine errors (${failures.length}):`, ...failures.map((f) => `  ${f}`));
  console.log(out.join('\n'));
}

try {
  main();
} catch (err) {
  if (err instanceof CorpusError) {
    console.error(err.message);
    process.exit(2);
  }
  throw err;
}
