import type { ServerResponse } from 'node:http';
import { pieces, placeholdersIn, sendJson, sendSse, startFakeServer, type FakeServer, type Received } from './fake-server';

/** What the fake model answers: by default it repeats the placeholders it was sent. */
export interface FakeReply {
  text: string;
  /** A function call whose arguments are this JSON text (streamed in pieces of four characters). */
  toolArguments?: string;
  /** The called function's name (default `lookup`). */
  toolName?: string;
  /** Chat completions: the call as a legacy `function_call` (the request's `functions`) instead of `tool_calls`. */
  legacyFunctionCall?: boolean;
  /** Stream the first chunk, then nothing until the client goes away. */
  hang?: boolean;
  /** The streamed text pieces exactly (default: `text` in pieces of three characters). */
  chunks?: string[];
  /** Send the last piece in the chunk that carries `finish_reason`, as some OpenAI-compatible servers do. */
  finishWithLast?: boolean;
  /** Streams wait for this before they send their last text piece. */
  beforeLast?: Promise<unknown>;
}

/** `blocks` with `gate` (when given) before the last of them. */
function gatedLast(blocks: string[], gate: Promise<unknown> | undefined): Array<string | Promise<unknown>> {
  return gate ? [...blocks.slice(0, -1), gate, ...blocks.slice(-1)] : blocks;
}

export interface FakeOpenAi extends FakeServer {
  /** Replace to script the model; receives the request body. */
  reply: (body: Record<string, unknown>) => FakeReply;
  /** Resolves when a hanging stream's connection was closed by the other side. */
  hangClosed: Promise<void>;
  responsesState: ResponsesState;
}

const USAGE = { prompt_tokens: 11, completion_tokens: 7, total_tokens: 18 };

export function echoReply(body: Record<string, unknown>): FakeReply {
  const found = placeholdersIn(JSON.stringify(body['messages'] ?? body['input'] ?? body['prompt'] ?? ''));
  return { text: found.length > 0 ? `You sent ${found.join(' and ')}.` : 'Nothing to hide.' };
}

function openAiError(response: ServerResponse, status: number, message: string, type: string, code: string | null): void {
  sendJson(response, status, { error: { message, type, param: null, code } }, { 'x-request-id': 'req_fake_error' });
}

let onHangClosed: () => void = () => {};

function chat(request: Received, response: ServerResponse, reply: FakeReply): void | Promise<void> {
  const body = request.body as Record<string, unknown>;
  const name = reply.toolName ?? 'lookup';
  const legacy = reply.legacyFunctionCall === true && reply.toolArguments !== undefined;
  const toolCalls = reply.toolArguments === undefined || legacy ? undefined : [{ id: 'call_fake1', type: 'function', function: { name, arguments: reply.toolArguments } }];
  const called = legacy ? { function_call: { name, arguments: reply.toolArguments } } : toolCalls ? { tool_calls: toolCalls } : {};
  const finishReason = legacy ? 'function_call' : toolCalls ? 'tool_calls' : 'stop';
  if (!body['stream']) {
    return sendJson(response, 200, {
      id: 'chatcmpl-fake1',
      object: 'chat.completion',
      created: 1_700_000_000,
      model: body['model'],
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: reply.text, refusal: null, ...called },
          logprobs: null,
          finish_reason: finishReason,
        },
      ],
      usage: USAGE,
      system_fingerprint: 'fp_fake',
    });
  }
  const includeUsage = (body['stream_options'] as { include_usage?: boolean } | undefined)?.include_usage === true;
  const envelope = {
    id: 'chatcmpl-fake1',
    object: 'chat.completion.chunk',
    created: 1_700_000_000,
    model: body['model'],
    system_fingerprint: 'fp_fake',
    ...(includeUsage ? { usage: null } : {}),
  };
  const chunk = (delta: unknown, finish: string | null = null) =>
    `data: ${JSON.stringify({ ...envelope, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] })}\n\n`;
  if (reply.hang) {
    response.writeHead(200, { 'content-type': 'text/event-stream' });
    response.write(chunk({ role: 'assistant', content: 'thinking' }));
    return new Promise<void>((resolve) => response.once('close', resolve)).then(onHangClosed);
  }
  const texts = reply.chunks ?? pieces(reply.text);
  const last = reply.finishWithLast && reply.toolArguments === undefined ? texts.pop() : undefined;
  const blocks: Array<string | Promise<unknown>> = [
    chunk({ role: 'assistant', content: '', refusal: null }),
    ...gatedLast(
      texts.map((piece) => chunk({ content: piece })),
      last === undefined ? reply.beforeLast : undefined,
    ),
  ];
  if (legacy) {
    blocks.push(chunk({ function_call: { name, arguments: '' } }));
    for (const piece of pieces(reply.toolArguments!, 4)) blocks.push(chunk({ function_call: { arguments: piece } }));
  } else if (reply.toolArguments !== undefined) {
    blocks.push(chunk({ tool_calls: [{ index: 0, id: 'call_fake1', type: 'function', function: { name, arguments: '' } }] }));
    for (const piece of pieces(reply.toolArguments, 4)) blocks.push(chunk({ tool_calls: [{ index: 0, function: { arguments: piece } }] }));
  }
  if (last !== undefined && reply.beforeLast) blocks.push(reply.beforeLast);
  blocks.push(chunk(last === undefined ? {} : { content: last }, finishReason));
  if (includeUsage) blocks.push(`data: ${JSON.stringify({ ...envelope, choices: [], usage: USAGE })}\n\n`);
  blocks.push('data: [DONE]\n\n');
  return sendSse(response, blocks, { 'x-request-id': 'req_fake_stream' });
}

/** A Responses input item as the provider stores it: a plain string input is one user message. */
function inputItems(input: unknown): Array<Record<string, unknown>> {
  if (typeof input === 'string') return [{ type: 'message', role: 'user', content: [{ type: 'input_text', text: input }] }];
  return Array.isArray(input) ? (input as Array<Record<string, unknown>>) : [];
}

/**
 * What the fake keeps of Responses, like the provider does: each stored response with its input, and each
 * conversation's items. A call with `previous_response_id` or `conversation` is answered with everything the
 * model would see: the earlier inputs and outputs, then this call's input.
 */
export interface ResponsesState {
  responses: Map<string, { object: Record<string, unknown>; input: Array<Record<string, unknown>> }>;
  conversations: Map<string, Array<Record<string, unknown>>>;
}

function priorItems(state: ResponsesState, body: Record<string, unknown>): Array<Record<string, unknown>> {
  const conversation = typeof body['conversation'] === 'string' ? body['conversation'] : (body['conversation'] as { id?: string } | undefined)?.id;
  if (conversation !== undefined) return state.conversations.get(conversation) ?? [];
  const items: Array<Record<string, unknown>> = [];
  for (let id = body['previous_response_id']; typeof id === 'string';) {
    const stored = state.responses.get(id);
    if (!stored) break;
    items.unshift(...stored.input, ...(stored.object['output'] as Array<Record<string, unknown>>));
    id = stored.object['previous_response_id'];
  }
  return items;
}

/** Like the provider: a tool call of the response continued must be answered by an output item in this input. */
function unansweredCall(state: ResponsesState, body: Record<string, unknown>, input: Array<Record<string, unknown>>): string | undefined {
  const previous = typeof body['previous_response_id'] === 'string' ? state.responses.get(body['previous_response_id']) : undefined;
  const answered = new Set(input.filter((item) => String(item['type']).endsWith('_call_output')).map((item) => item['call_id']));
  const calls = ((previous?.object['output'] ?? []) as Array<Record<string, unknown>>).filter((item) => item['type'] === 'function_call' || item['type'] === 'custom_tool_call');
  return calls.find((call) => !answered.has(call['call_id']))?.['call_id'] as string | undefined;
}

function responses(request: Received, response: ServerResponse, fake: FakeOpenAi): void | Promise<void> {
  const body = request.body as Record<string, unknown>;
  const input = inputItems(body['input']);
  const unanswered = unansweredCall(fake.responsesState, body, input);
  if (unanswered !== undefined) return openAiError(response, 400, `No tool output found for function call ${unanswered}.`, 'invalid_request_error', null);
  const seen = [...priorItems(fake.responsesState, body), ...input];
  const reply = fake.reply({ ...body, input: seen });
  const text = reply.chunks ? reply.chunks.join('') : reply.text;
  const id = `resp_fake${fake.responsesState.responses.size + 1}`;
  const message = {
    id: `msg_fake${fake.responsesState.responses.size + 1}`,
    type: 'message',
    status: 'completed',
    role: 'assistant',
    content: [{ type: 'output_text', text, annotations: [] }],
  };
  const usage = { input_tokens: 11, output_tokens: 7, total_tokens: 18, input_tokens_details: { cached_tokens: 0 }, output_tokens_details: { reasoning_tokens: 0 } };
  const object = (status: string, output: unknown[]) => ({
    id,
    object: 'response',
    created_at: 1_700_000_000,
    status,
    model: body['model'],
    output,
    usage: status === 'completed' ? usage : null,
    previous_response_id: body['previous_response_id'] ?? null,
  });
  const call =
    reply.toolArguments === undefined
      ? undefined
      : {
          id: `fc_fake${fake.responsesState.responses.size + 1}`,
          type: 'function_call',
          status: 'completed',
          call_id: 'call_fake1',
          name: reply.toolName ?? 'lookup',
          arguments: reply.toolArguments,
        };
  const output = call ? [message, call] : [message];
  fake.responsesState.responses.set(id, { object: object('completed', output), input });
  const conversation = typeof body['conversation'] === 'string' ? body['conversation'] : undefined;
  if (conversation !== undefined) fake.responsesState.conversations.set(conversation, [...seen, ...output]);
  if (!body['stream']) return sendJson(response, 200, object('completed', output));
  let sequence = 0;
  const event = (type: string, data: Record<string, unknown>) => `event: ${type}\ndata: ${JSON.stringify({ type, sequence_number: sequence++, ...data })}\n\n`;
  const ids = { item_id: message.id, output_index: 0, content_index: 0 };
  return sendSse(response, [
    event('response.created', { response: object('in_progress', []) }),
    event('response.output_item.added', { output_index: 0, item: { ...message, status: 'in_progress', content: [] } }),
    event('response.content_part.added', { ...ids, part: { type: 'output_text', text: '', annotations: [] } }),
    ...gatedLast(
      (reply.chunks ?? pieces(text)).map((delta) => event('response.output_text.delta', { ...ids, delta, logprobs: [] })),
      reply.beforeLast,
    ),
    event('response.output_text.done', { ...ids, text, logprobs: [] }),
    event('response.content_part.done', { ...ids, part: message.content[0] }),
    event('response.output_item.done', { output_index: 0, item: message }),
    ...(call ? functionCallEvents(call, event) : []),
    event('response.completed', { response: object('completed', output) }),
  ]);
}

/** A function call as output item 1, its arguments in pieces of four characters. */
function functionCallEvents(call: { id: string; arguments: string }, event: (type: string, data: Record<string, unknown>) => string): string[] {
  const at = { item_id: call.id, output_index: 1 };
  return [
    event('response.output_item.added', { output_index: 1, item: { ...call, status: 'in_progress', arguments: '' } }),
    ...pieces(call.arguments, 4).map((delta) => event('response.function_call_arguments.delta', { ...at, delta })),
    event('response.function_call_arguments.done', { ...at, arguments: call.arguments }),
    event('response.output_item.done', { output_index: 1, item: call }),
  ];
}

/** `GET /v1/responses/{id}` and `.../input_items`, from what the fake stored. */
function storedResponse(path: string, response: ServerResponse, state: ResponsesState): void {
  const match = /^\/v1\/responses\/([^/]+)(\/input_items)?$/.exec(path)!;
  const stored = state.responses.get(match[1]!);
  if (!stored) return openAiError(response, 404, `No response found with id '${match[1]}'.`, 'invalid_request_error', null);
  if (!match[2]) return sendJson(response, 200, stored.object);
  const data = stored.input.map((item, i) => ({ id: `item_${i}`, ...item }));
  return sendJson(response, 200, { object: 'list', data, first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null, has_more: false });
}

function completions(body: Record<string, unknown>, response: ServerResponse, reply: FakeReply): void | Promise<void> {
  const envelope = { id: 'cmpl-fake1', object: 'text_completion', created: 1_700_000_000, model: body['model'] };
  const choice = (text: string, finish: string | null) => ({ index: 0, text, logprobs: null, finish_reason: finish });
  if (!body['stream']) return sendJson(response, 200, { ...envelope, choices: [choice(reply.text, 'stop')], usage: USAGE });
  const texts = reply.chunks ?? pieces(reply.text);
  const last = reply.finishWithLast ? (texts.pop() ?? '') : '';
  const blocks = [...texts.map((text) => choice(text, null)), choice(last, 'stop')].map((one) => `data: ${JSON.stringify({ ...envelope, choices: [one] })}\n\n`);
  return sendSse(response, [...blocks, 'data: [DONE]\n\n']);
}

/** The SDK asks for base64 (little-endian float32) by default, and decodes it. */
function embedding(format: unknown): number[] | string {
  const values = [0.5, -0.25, 0.125];
  return format === 'base64' ? Buffer.from(new Float32Array(values).buffer).toString('base64') : values;
}

/**
 * `POST /v1/responses/compact`, as the provider answers it: the user messages of everything the model would see,
 * then one compaction item whose opaque content stands for the rest (here, the rest as base64, so a test can
 * read what the provider was given).
 */
function compact(body: Record<string, unknown>, response: ServerResponse, state: ResponsesState): void {
  const seen = [...priorItems(state, body), ...inputItems(body['input'])];
  const users = seen.filter((item) => item['role'] === 'user');
  const rest = seen.filter((item) => item['role'] !== 'user');
  sendJson(response, 200, {
    id: `cmp_fake${state.responses.size + 1}`,
    object: 'response.compaction',
    created_at: 1_700_000_000,
    output: [
      ...users.map((item, i) => ({ id: `msg_cmp${i}`, type: 'message', status: 'completed', role: 'user', content: contentParts(item['content']) })),
      { id: 'cmp_item_1', type: 'compaction', encrypted_content: Buffer.from(JSON.stringify(rest)).toString('base64') },
    ],
    usage: { input_tokens: 10, output_tokens: 5, total_tokens: 15 },
  });
}

/** A message's content as the provider lists it back: a string becomes one `input_text` part. */
function contentParts(content: unknown): unknown {
  return typeof content === 'string' ? [{ type: 'input_text', text: content }] : content;
}

/** A fake OpenAI API: chat completions, responses (and their compaction), embeddings, completions (JSON and SSE), models; `model: "error-NNN"` fails. */
export async function startFakeOpenAi(): Promise<FakeOpenAi> {
  const fake = {} as FakeOpenAi;
  fake.reply = echoReply;
  fake.responsesState = { responses: new Map(), conversations: new Map() };
  fake.hangClosed = new Promise((resolve) => (onHangClosed = resolve));
  const server = await startFakeServer((request, response) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const failing = /^error-(\d{3})$/.exec(typeof body['model'] === 'string' ? body['model'] : '');
    if (failing) {
      const status = Number(failing[1]);
      return openAiError(
        response,
        status,
        status === 429 ? 'Rate limit reached for requests' : `fake failure ${status}`,
        status === 429 ? 'requests' : 'invalid_request_error',
        status === 429 ? 'rate_limit_exceeded' : null,
      );
    }
    if (request.headers['authorization'] !== `Bearer ${EXPECTED_KEY.value}`) {
      return openAiError(
        response,
        401,
        `Incorrect API key provided: ${String(request.headers['authorization']).replace(/^Bearer /, '')}.`,
        'invalid_request_error',
        'invalid_api_key',
      );
    }
    const path = request.path.split('?')[0]!;
    if (request.method === 'GET' && path.startsWith('/v1/responses/')) return storedResponse(path, response, fake.responsesState);
    switch (`${request.method} ${path}`) {
      case 'POST /v1/chat/completions':
        return chat(request, response, fake.reply(body));
      case 'POST /v1/responses':
        return responses(request, response, fake);
      case 'POST /v1/responses/compact':
        return compact(body, response, fake.responsesState);
      case 'POST /v1/embeddings':
        return sendJson(response, 200, {
          object: 'list',
          data: [{ object: 'embedding', index: 0, embedding: embedding(body['encoding_format']) }],
          model: body['model'],
          usage: { prompt_tokens: 3, total_tokens: 3 },
        });
      case 'POST /v1/completions':
        return completions(body, response, fake.reply(body));
      case 'GET /v1/models':
        return sendJson(response, 200, { object: 'list', data: [{ id: 'gpt-fake', object: 'model', created: 1_700_000_000, owned_by: 'fake' }] });
      default:
        return openAiError(response, 404, `Unknown request URL: ${request.method} ${request.path}`, 'invalid_request_error', 'unknown_url');
    }
  });
  return Object.assign(fake, server);
}

/** The key the fake accepts; tests set it in the gateway. */
export const EXPECTED_KEY = { value: 'sk-gateway-openai-0123456789abcdefghij' };
