/**
 * The bench's request bodies, shaped like a coding agent's: a conversation whose file contents travel in
 * tool-call arguments and tool results as JSON strings (so the secrets sit behind `\n` escapes), with the
 * secrets' bodies drawn from a seeded generator, so every run sends the same bytes. `REQUEST_MARK` stands where
 * each request puts its own number: in the last prompt (an agent's next call: the history it resends, then
 * something new), or in every text (nothing in the body was ever seen before).
 */

export const REQUEST_MARK = '{{request}}';
export type Fresh = 'prompt' | 'everywhere';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** An env-file line per secret type, with a random body of that type's alphabet and length. */
const SHAPES: Array<[line: string, prefix: string, alphabet: string, length: number]> = [
  ['GITHUB_TOKEN=', 'ghp_', ALNUM, 36],
  ['AWS_ACCESS_KEY_ID=', 'AKIA', BASE32, 16],
  ['STRIPE_SECRET_KEY=', 'sk_live_', ALNUM, 24],
  ['GITLAB_TOKEN=', 'glpat-', ALNUM, 20],
  ['OPENAI_API_KEY=', 'sk-proj-', ALNUM, 40],
];

const PARAGRAPH = 'The build failed on the staging runner; logs below show the retry loop and the config it read.\n';
const CODE = 'export function retry(fn, attempts) {\n  for (let i = 0; i < attempts; i++) {\n    try { return fn(); } catch (error) { last = error; }\n  }\n}\n';

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` distinct secrets, each as the env-file line that holds it. */
export function benchSecrets(count: number, seed = 7): Array<{ value: string; line: string }> {
  const next = seeded(seed);
  return Array.from({ length: count }, (_, i) => {
    const [line, prefix, alphabet, length] = SHAPES[i % SHAPES.length]!;
    const value = prefix + Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    return { value, line: `${line}${value}` };
  });
}

function filler(bytes: number, unit: string): string {
  let text = '';
  while (text.length < bytes) text += unit;
  return text.slice(0, bytes);
}

/** One read-a-file turn: the assistant's tool call (arguments JSON) and the tool's result (file text). */
function toolTurn(n: number, fileBytes: number, secretLines: string[], fresh: Fresh): unknown[] {
  const content = `${fresh === 'everywhere' ? `// ${REQUEST_MARK}\n` : ''}${filler(fileBytes / 2, CODE)}${secretLines.map((line) => `${line}\n`).join('')}${filler(fileBytes / 2, CODE)}`;
  const id = `call_${n}`;
  return [
    { role: 'assistant', content: null, tool_calls: [{ id, type: 'function', function: { name: 'write_file', arguments: JSON.stringify({ path: `src/file${n}.ts`, content }) } }] },
    { role: 'tool', tool_call_id: id, content: JSON.stringify({ ok: true, stdout: `wrote src/file${n}.ts\n${content.slice(0, fileBytes / 4)}` }) },
  ];
}

/** A chat body of about `bytes` with `secrets` spread over its tool turns; `stream` asks for SSE. */
export function chatBody(bytes: number, secrets: readonly string[], fresh: Fresh, stream = false): string {
  const turns = Math.max(1, Math.round(bytes / 10_000));
  const perTurn = Math.ceil(secrets.length / turns);
  const fileBytes = Math.max(1024, Math.floor((bytes - 1024) / turns / 2.3));
  const messages: unknown[] = [{ role: 'system', content: 'You are a careful reviewer.' }];
  for (let n = 0; n < turns; n++) messages.push(...toolTurn(n, fileBytes, secrets.slice(n * perTurn, (n + 1) * perTurn), fresh));
  const prompt = (size: number) => `Request ${REQUEST_MARK}: ${filler(size, PARAGRAPH)}`;
  messages.push({ role: 'user', content: prompt(Math.min(2048, bytes / 4)) });
  let body = JSON.stringify({ model: 'gpt-bench', ...(stream ? { stream: true } : {}), messages });
  // Top up to the size asked for with prose in the last prompt, so each row's size is what its name says.
  if (body.length < bytes) {
    messages[messages.length - 1] = { role: 'user', content: prompt(Math.min(2048, bytes / 4) + bytes - body.length) };
    body = JSON.stringify({ model: 'gpt-bench', ...(stream ? { stream: true } : {}), messages });
  }
  return body;
}

/** A clean chat body: one new prose prompt per request, no tool turns, nothing to find. */
export function cleanChatBody(bytes: number): string {
  const message = (content: string) => JSON.stringify({ model: 'gpt-bench', messages: [{ role: 'system', content: 'You are a careful reviewer.' }, { role: 'user', content }] });
  const head = `Request ${REQUEST_MARK}: `;
  return message(head + filler(bytes - message(head).length, PARAGRAPH));
}

/** The body of request `n`. */
export const bodyOf = (template: string, n: number | string): string => template.replaceAll(REQUEST_MARK, String(n));
