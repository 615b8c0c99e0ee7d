import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Benchmark inputs from real text on disk: source code from the TypeScript compiler, prose from the
 * READMEs of installed packages. A few synthetic secrets are spread through each input so detectors do
 * their full work (a prompt without any candidate would flatter every engine).
 */
const require = createRequire(import.meta.url);

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

export const SIZES = [
  { label: '4 KB', bytes: 4 * 1024 },
  { label: '100 KB', bytes: 100 * 1024 },
  { label: '1 MB', bytes: 1024 * 1024 },
] as const;

/** Cuts at a line end near `bytes` so no input starts or ends mid-token. */
function cut(text: string, bytes: number): string {
  const end = text.lastIndexOf('\n', bytes);
  return spreadSecrets(text.slice(0, end > 0 ? end : bytes));
}

export function loadInputs(): Array<{ kind: string; size: string; text: string }> {
  const kinds = { code: sourceCode(), prose: prose() };
  const inputs: Array<{ kind: string; size: string; text: string }> = [];
  for (const [kind, text] of Object.entries(kinds)) {
    // Flattened copies: V8 scans a sliced string through an indirection, which would skew small inputs.
    for (const { label, bytes } of SIZES) inputs.push({ kind, size: label, text: Buffer.from(cut(text, bytes)).toString() });
  }
  return inputs;
}
