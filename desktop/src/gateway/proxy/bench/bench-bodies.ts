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

/**
 * A chat body of about `bytes`: tool turns of about 5 KB until the size is reached, `secrets` spread over them,
 * then a short new prompt; `stream` asks for SSE.
 */
export function chatBody(bytes: number, secrets: readonly string[], fresh: Fresh, stream = false): string {
  const turns = Math.max(1, Math.round(bytes / 6_000));
  const perTurn = Math.ceil(secrets.length / turns);
  const head = JSON.stringify({ model: 'gpt-bench', ...(stream ? { stream: true } : {}), messages: [] }).length;
  const prompt = { role: 'user', content: `Request ${REQUEST_MARK}: ${filler(Math.min(2048, bytes / 4), PARAGRAPH)}` };
  const system = { role: 'system', content: 'You are a careful reviewer.' };
  // Each turn's file is sized so that the turns fill what the system message and the prompt leave.
  const room = bytes - head - JSON.stringify(system).length - JSON.stringify(prompt).length - 2;
  const perTurnBytes = room / turns;
  const messages: unknown[] = [system];
  for (let n = 0; n < turns; n++) {
    const own = secrets.slice(n * perTurn, (n + 1) * perTurn);
    // A turn carries its file twice (arguments, then a quarter of it in the result), escaped: about 1.3 × 2.
    let fileBytes = Math.floor(perTurnBytes / 2.6);
    let turn = toolTurn(n, fileBytes, own, fresh);
    fileBytes = Math.max(256, Math.floor(fileBytes * (perTurnBytes / JSON.stringify(turn).length)));
    turn = toolTurn(n, fileBytes, own, fresh);
    messages.push(...turn);
  }
  messages.push(prompt);
  return JSON.stringify({ model: 'gpt-bench', ...(stream ? { stream: true } : {}), messages });
}

/** A clean chat body: one new prose prompt per request, no tool turns, nothing to find. */
export function cleanChatBody(bytes: number): string {
  const message = (content: string) =>
    JSON.stringify({
      model: 'gpt-bench',
      messages: [
        { role: 'system', content: 'You are a careful reviewer.' },
        { role: 'user', content },
      ],
    });
  const head = `Request ${REQUEST_MARK}: `;
  return message(head + filler(bytes - message(head).length, PARAGRAPH));
}

/** The body of request `n`. */
export const bodyOf = (template: string, n: number | string): string => template.replaceAll(REQUEST_MARK, String(n));
