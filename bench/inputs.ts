import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { adversarialInputs, labelledNumberInputs } from '../shared/src/detect/adversarial';

/**
 * Benchmark inputs at each size:
 * - code: the TypeScript compiler's source, and prose: the READMEs of installed packages, each with a few
 *   synthetic secrets spread through it (a prompt without any candidate would flatter every engine);
 * - chat: a conversation where nearly every turn pastes a labelled snippet of the eval corpus (configs, shell,
 *   tool calls, code, URLs, logs: many secrets and personal data, and hard negatives) between prose;
 * - every adversarial input of the detection engine (repeated keywords, long runs, unclosed blocks...), and
 *   personal data dense with label words (a label before every number, a table of people).
 */
const require = createRequire(import.meta.url);

export interface BenchInput {
  kind: string;
  adversarial: boolean;
  size: SizeLabel;
  text: string;
}

export const SIZES = [
  { label: '4 KB', bytes: 4 * 1024 },
  { label: '100 KB', bytes: 100 * 1024 },
  { label: '1 MB', bytes: 1024 * 1024 },
] as const;
export type SizeLabel = (typeof SIZES)[number]['label'];

const SECRETS = [
  'GITHUB_TOKEN=ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u',
  'aws_access_key_id = AKIAZ3MRT7QW5PXK2NVB',
  'contact me at dana.kowalski@fabrikam-mail.com or +1 415 555 2671',
  'postgres://app:Vq8#tLw2pZr9xK@db.internal:5432/orders',
  'OPENAI_API_KEY="sk-proj-Xt4Bq9Lm2Rv7Wn3Kp8Yz1Hc6Df0Gj5Se2Ua7Ti4Ob9Nq3Mw6Lx1Py8Kz5Jr2Vs7Ht0Ec"',
];

function spreadSecrets(text: string): string {
  const step = Math.floor(text.length / (SECRETS.length + 1));
  let out = '';
  let last = 0;
  SECRETS.forEach((secret, index) => {
    const at = text.indexOf('\n', step * (index + 1));
    if (at < 0) return;
    out += text.slice(last, at + 1) + secret + '\n';
    last = at + 1;
  });
  return out + text.slice(last);
}

function sourceCode(): string {
  return readFileSync(join(dirname(require.resolve('typescript')), 'typescript.js'), 'utf8');
}

function prose(): string {
  const root = join(dirname(require.resolve('typescript/package.json')), '..');
  const parts: string[] = [];
  let size = 0;
  for (const name of readdirSync(root).sort()) {
    const readme = join(root, name, 'README.md');
    try {
      if (!statSync(readme).isFile()) continue;
    } catch {
      continue;
    }
    const text = readFileSync(readme, 'utf8');
    parts.push(text);
    size += text.length;
    if (size > 2_000_000) break;
  }
  let all = parts.join('\n\n');
  while (all.length < 1_100_000) all += '\n\n' + all;
  return all;
}

function corpusTexts(file: string): string[] {
  return readFileSync(new URL(`../eval/corpus/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { text: string }).text);
}

/**
 * A long conversation: each user turn is a paragraph and a pasted snippet that holds secrets or personal data,
 * each assistant turn a paragraph and, every other time, a hard negative (hashes, ids, placeholders).
 */
function chatMix(paragraphSource: string): string {
  const paragraphs = paragraphSource.split(/\n{2,}/).filter((p) => p.length > 80 && p.length < 1200);
  const secrets = corpusTexts('secret-positives.jsonl');
  // Each generated file, then the cases added to it by hand, as they once stood in one file.
  const pii = [...corpusTexts('pii-positives.jsonl'), ...corpusTexts('pii-positives-added.jsonl')];
  const negatives = [
    ...corpusTexts('secret-negatives.jsonl'),
    ...corpusTexts('secret-negatives-added.jsonl'),
    ...corpusTexts('pii-negatives.jsonl'),
    ...corpusTexts('pii-negatives-added.jsonl'),
  ];
  const turns: string[] = [];
  let size = 0;
  for (let i = 0; size < 1_100_000; i++) {
    const paste = i % 3 === 2 ? pii[i % pii.length]! : secrets[i % secrets.length]!;
    const user = `User: ${paragraphs[(2 * i) % paragraphs.length]}\n\n${paste}`;
    const answer = `Assistant: ${paragraphs[(2 * i + 1) % paragraphs.length]}${i % 2 ? `\n\n${negatives[i % negatives.length]}` : ''}`;
    turns.push(user, answer);
    size += user.length + answer.length + 4;
  }
  return turns.join('\n\n');
}

/** Cuts at a line end near `bytes` so no input starts or ends mid-token. */
function cut(text: string, bytes: number): string {
  const end = text.lastIndexOf('\n', bytes);
  return text.slice(0, end > 0 ? end : bytes);
}

/** Flattened copies: V8 scans a sliced string through an indirection, which would skew small inputs. */
const flat = (text: string): string => Buffer.from(text).toString();

export function loadInputs(): BenchInput[] {
  const proseText = prose();
  const code = sourceCode();
  const chat = chatMix(proseText);
  const inputs: BenchInput[] = [];
  for (const { label, bytes } of SIZES) {
    inputs.push({ kind: 'code', adversarial: false, size: label, text: flat(spreadSecrets(cut(code, bytes))) });
    inputs.push({ kind: 'prose', adversarial: false, size: label, text: flat(spreadSecrets(cut(proseText, bytes))) });
    inputs.push({ kind: 'chat mix (many secrets)', adversarial: false, size: label, text: flat(cut(chat, bytes)) });
    for (const { name, text } of [...adversarialInputs(bytes), ...labelledNumberInputs(bytes)]) inputs.push({ kind: name, adversarial: true, size: label, text: flat(text) });
  }
  return inputs;
}
