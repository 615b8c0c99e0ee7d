/**
 * `npm run eval:realcode`: false alarms on real code and documentation. Walks the text files of the installed
 * packages under node_modules (JavaScript, TypeScript, Markdown, JSON, YAML), taking files from every package
 * in turn until the target size is reached, runs `detect` on each, and prints findings per MB and the rules
 * that fire most, with masked examples. Nothing in node_modules is a secret the user pasted, so every finding
 * counts as false, except those in obvious test fixtures (test/, __tests__/, fixtures/, *.test.*), which are
 * counted apart. secretlint's preset runs on the same files for comparison, and any secretlint finding that
 * promptgate does not overlap is listed by rule.
 *
 *   npm run eval:realcode                 about 24 MB
 *   npm run eval:realcode -- --mb 40      another target size (at least 1)
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintSource } from '@secretlint/core';
import { secretLintProfiler } from '@secretlint/profiler';
import { creator as secretlintPreset } from '@secretlint/secretlint-rule-preset-recommend';
import { detect, type Finding } from '../shared/src/index';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules');
const EXTENSIONS = new Set(['.js', '.mjs', '.cjs', '.ts', '.mts', '.cts', '.md', '.json', '.yml', '.yaml']);
/** A file contributes at most this much (cut at a line end), so one huge bundle cannot dominate. */
const FILE_CAP = 128 * 1024;
/** Lines this long mean minified or generated code, which nobody pastes into a chat. */
const MINIFIED_LINE = 1000;
const TOP_RULES = 15;
const EXAMPLES = 3;
const FIXTURE_PATH = /(^|\/)(tests?|__tests__|__fixtures__|fixtures?|specs?|testdata|__mocks__)(\/|$)|\.(test|spec)\.[cm]?[jt]s$/i;

function targetBytes(): number {
  const at = process.argv.indexOf('--mb');
  if (at === -1) return 24 * 1024 * 1024;
  const mb = Number(process.argv[at + 1]);
  if (!Number.isFinite(mb) || mb < 1) {
    console.error(`--mb needs a number of megabytes, at least 1 (got ${JSON.stringify(process.argv[at + 1] ?? '')})`);
    process.exit(2);
  }
  return mb * 1024 * 1024;
}

/** Package directories, scoped ones included; links (this repository's own workspaces) are not packages. */
function packages(): string[] {
  const out: string[] = [];
  for (const name of readdirSync(root).sort()) {
    if (name.startsWith('.')) continue;
    const path = join(root, name);
    if (!lstatSync(path).isDirectory()) continue;
    if (!name.startsWith('@')) out.push(path);
    else for (const inner of readdirSync(path).sort()) if (lstatSync(join(path, inner)).isDirectory()) out.push(join(path, inner));
  }
  return out;
}

function textFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const stat = lstatSync(path);
    if (stat.isDirectory()) {
      if (name !== 'node_modules' && !name.startsWith('.')) textFiles(path, out);
    } else if (stat.isFile() && EXTENSIONS.has(extname(name)) && !/\.min\.[cm]?js$/.test(name)) {
      out.push(path);
    }
  }
  return out;
}

/** The file's text up to the cap, or undefined when it is binary or minified. */
function readText(path: string): string | undefined {
  let text = readFileSync(path, 'utf8');
  if (text.length > FILE_CAP) text = text.slice(0, Math.max(text.lastIndexOf('\n', FILE_CAP), 0));
  if (text.length === 0 || text.includes('\0')) return undefined;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); ; at = text.indexOf('\n', lineStart)) {
    const end = at === -1 ? text.length : at;
    if (end - lineStart > MINIFIED_LINE) return undefined;
    if (at === -1) return text;
    lineStart = at + 1;
  }
}

interface Sampled {
  path: string;
  text: string;
}

/** One file from each package in turn, so the sample spans every package instead of the first few. */
function sample(target: number): { files: Sampled[]; bytes: number; packages: number } {
  const queues = packages().map((dir) => textFiles(dir));
  const files: Sampled[] = [];
  let bytes = 0;
  const used = new Set<number>();
  while (bytes < target && queues.some((q) => q.length)) {
    for (const [i, queue] of queues.entries()) {
      const path = queue.shift();
      if (path === undefined) continue;
      const text = readText(path);
      if (text === undefined) continue;
      files.push({ path: relative(root, path), text });
      used.add(i);
      bytes += Buffer.byteLength(text);
      if (bytes >= target) break;
    }
  }
  return { files, bytes, packages: used.size };
}

/** Enough of a value to recognise its shape, never the value. */
function mask(value: string): string {
  const keep = Math.min(4, Math.floor(value.length / 4));
  return `${value.slice(0, keep)}${'*'.repeat(Math.min(8, value.length - keep))}(${value.length})`;
}

/** The line around a finding with the value masked, clipped to a readable width. */
function excerpt(text: string, start: number, end: number): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const before = text.slice(Math.max(lineStart, start - 50), start);
  const after = text.slice(end, Math.min(lineEnd === -1 ? text.length : lineEnd, end + 30));
  return `${before}${mask(text.slice(start, end))}${after}`.replace(/\s+/g, ' ').trim();
}

interface RuleTally {
  type: string;
  category: string;
  falseFindings: number;
  fixtureFindings: number;
  files: Set<string>;
  examples: string[];
}

interface Gap {
  rule: string;
  count: number;
  examples: string[];
}

const secretlintConfig = { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: secretlintPreset }] };
// As the secretlint CLI runs: the library's profiler (on by default) would keep a mark per rule and file for good.
secretLintProfiler.setEnabled(false);

async function main(): Promise<void> {
  const started = performance.now();
  const { files, bytes, packages: packageCount } = sample(targetBytes());
  const mb = bytes / (1024 * 1024);
  const tallies = new Map<string, RuleTally>();
  const gaps = new Map<string, Gap>();
  let detectMs = 0;
  let secretlintMs = 0;
  let secretlintFindings = 0;
  let fixtureFiles = 0;
  const totals = { secret: 0, pii: 0, custom: 0, fixture: 0 };

  for (const { path, text } of files) {
    const fixture = FIXTURE_PATH.test(path);
    if (fixture) fixtureFiles++;
    let t = performance.now();
    const findings: Finding[] = detect(text);
    detectMs += performance.now() - t;
    for (const f of findings) {
      const tally = tallies.get(f.type) ?? { type: f.type, category: f.category, falseFindings: 0, fixtureFindings: 0, files: new Set(), examples: [] };
      tallies.set(f.type, tally);
      if (fixture) {
        tally.fixtureFindings++;
        totals.fixture++;
        continue;
      }
      tally.falseFindings++;
      totals[f.category]++;
      // Examples from different files show the pattern, not one file's repetition.
      if (tally.examples.length < EXAMPLES && !tally.files.has(path)) tally.examples.push(`${path}: ${excerpt(text, f.start, f.end)}`);
      tally.files.add(path);
    }

    t = performance.now();
    const result = await lintSource({ source: { filePath: `/${path}`, content: text, contentType: 'text' }, options: { config: secretlintConfig } });
    secretlintMs += performance.now() - t;
    const secrets = findings.filter((f) => f.category === 'secret');
    for (const message of result.messages) {
      if (message.severity === 'info') continue;
      secretlintFindings++;
      const [start, end] = message.range;
      if (secrets.some((f) => f.start < end && start < f.end)) continue;
      const gap = gaps.get(message.ruleId) ?? { rule: message.ruleId, count: 0, examples: [] };
      gaps.set(message.ruleId, gap);
      gap.count++;
      if (gap.examples.length < EXAMPLES) gap.examples.push(`${path}${fixture ? ' (fixture)' : ''}: ${excerpt(text, start, end)}`);
    }
  }

  const falseTotal = totals.secret + totals.pii + totals.custom;
  const perMb = (n: number): string => (n / mb).toFixed(2);
  const out: string[] = [];
  out.push('promptgate on real code and documentation (installed packages under node_modules)', '');
  out.push(
    `${mb.toFixed(1)} MB in ${files.length} files from ${packageCount} packages (${fixtureFiles} files are test fixtures); files capped at ${FILE_CAP / 1024} KB, minified and binary files skipped`,
  );
  out.push(`detect: ${(mb / (detectMs / 1000)).toFixed(1)} MB/s over all files; secretlint: ${(mb / (secretlintMs / 1000)).toFixed(1)} MB/s`, '');
  out.push(`False findings (everything outside test fixtures): ${falseTotal} = ${perMb(falseTotal)} per MB`);
  out.push(`  secret ${totals.secret} (${perMb(totals.secret)}/MB)   pii ${totals.pii} (${perMb(totals.pii)}/MB)${totals.custom ? `   custom ${totals.custom}` : ''}`);
  out.push(`Findings in test fixtures (not counted above): ${totals.fixture}`);
  out.push(`secretlint preset-recommend on the same files: ${secretlintFindings} findings (${perMb(secretlintFindings)}/MB)`, '');

  const top = [...tallies.values()]
    .filter((t) => t.falseFindings > 0)
    .sort((a, b) => b.falseFindings - a.falseFindings || a.type.localeCompare(b.type))
    .slice(0, TOP_RULES);
  out.push(`Top ${top.length} rules by false findings (masked: first characters, then *, then the length):`);
  for (const t of top) {
    out.push(
      `  ${t.type} (${t.category}): ${t.falseFindings} in ${t.files.size} files, ${perMb(t.falseFindings)}/MB${t.fixtureFindings ? `; ${t.fixtureFindings} more in fixtures` : ''}`,
    );
    for (const example of t.examples) out.push(`      ${example}`);
  }

  out.push('', `secretlint findings promptgate does not report (${[...gaps.values()].reduce((n, g) => n + g.count, 0)}):`);
  if (gaps.size === 0) out.push('  none');
  for (const gap of [...gaps.values()].sort((a, b) => b.count - a.count)) {
    out.push(`  ${gap.rule}: ${gap.count}`);
    for (const example of gap.examples) out.push(`      ${example}`);
  }
  out.push('', `${((performance.now() - started) / 1000).toFixed(1)} s in all.`);
  console.log(out.join('\n'));
}

await main();
