/**
 * The bench's fake OpenAI: answers every `POST /v1/chat/completions` with the same small chat completion, or
 * a short SSE stream when the body asks for one. It keeps only the last body it received (`GET /last`), so
 * 1 MB bodies by the thousand cost no memory, and the bench can still check what reached it. Runs in a process
 * of its own, so no system under test shares its event loop. Prints `{"port":N}` once listening.
 */
import { once } from 'node:events';
import { createServer } from 'node:http';
import { BENCH_KEY } from './bench-upstream-key';

const REPLY = JSON.stringify({
  id: 'chatcmpl-bench',
  object: 'chat.completion',
  created: 1_700_000_000,
  model: 'gpt-bench',
  choices: [
    {
      index: 0,
      message: { role: 'assistant', content: 'The config reads the token from the environment; rotate it and keep it out of the repository.', refusal: null },
      logprobs: null,
      finish_reason: 'stop',
    },
  ],
  usage: { prompt_tokens: 2048, completion_tokens: 24, total_tokens: 2072 },
});

const chunk = (delta: object, finish: string | null = null) =>
  `data: ${JSON.stringify({ id: 'chatcmpl-bench', object: 'chat.completion.chunk', created: 1_700_000_000, model: 'gpt-bench', choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] })}\n\n`;
const STREAM = [
  chunk({ role: 'assistant', content: '' }),
  ...'Rotate the token, then keep it in the environment only.'.match(/.{1,6}/g)!.map((piece) => chunk({ content: piece })),
  chunk({}, 'stop'),
  'data: [DONE]\n\n',
];

let last = Buffer.alloc(0);

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (part: Buffer) => chunks.push(part));
  request.on('end', () => {
    if (request.method === 'GET' && request.url === '/last') {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': last.length });
      response.end(last);
      return;
    }
    last = Buffer.concat(chunks);
    if (request.headers.authorization !== `Bearer ${BENCH_KEY}`) {
      const error = JSON.stringify({ error: { message: 'Incorrect API key provided.', type: 'invalid_request_error', param: null, code: 'invalid_api_key' } });
      response.writeHead(401, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(error) });
      response.end(error);
      return;
    }
    if (!last.includes('"stream":true')) {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(REPLY) });
      response.end(REPLY);
      return;
    }
    response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
    response.write(STREAM[0]);
    // The rest a turn later each, as a model's tokens arrive: the first byte is what TTFB measures.
    let next = 1;
    const more = () => {
      if (response.destroyed) return;
      if (next === STREAM.length) return void response.end();
      response.write(STREAM[next++]);
      setImmediate(more);
    };
    setImmediate(more);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1');
await once(server, 'listening');
const address = server.address();
console.log(JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 }));
// The bench closes stdin when it is done; the process ends with it.
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
