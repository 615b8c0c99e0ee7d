import type { ServerResponse } from 'node:http';
import { pieces, placeholdersIn, sendJson, sendSse, startFakeServer, type FakeServer, type Received } from './fake-server';

export interface FakeAnthropicReply {
  text: string;
  /** A tool_use block whose input is this JSON text (streamed as `input_json_delta`). */
  toolInput?: string;
  /** The tool's name (default `lookup`). */
  toolName?: string;
  /** The streamed text pieces exactly (default: `text` in pieces of three characters). */
  chunks?: string[];
  /** The stream waits for this before it sends its last text piece. */
  beforeLast?: Promise<unknown>;
}

export interface FakeAnthropic extends FakeServer {
  reply: (body: Record<string, unknown>) => FakeAnthropicReply;
}

export const EXPECTED_ANTHROPIC_KEY = 'sk-ant-gateway-0123456789abcdefghij';

function anthropicError(response: ServerResponse, status: number, type: string, message: string): void {
  sendJson(response, status, { type: 'error', error: { type, message } }, { 'request-id': 'req_fake_error' });
}

function messages(request: Received, response: ServerResponse, reply: FakeAnthropicReply): void | Promise<void> {
  const body = request.body as Record<string, unknown>;
  const usage = { input_tokens: 12, output_tokens: 8, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 };
  const text = reply.chunks ? reply.chunks.join('') : reply.text;
  const content: unknown[] = [{ type: 'text', text }];
  if (reply.toolInput !== undefined) content.push({ type: 'tool_use', id: 'toolu_fake1', name: reply.toolName ?? 'lookup', input: JSON.parse(reply.toolInput) as unknown });
  const message = {
    id: 'msg_fake1',
    type: 'message',
    role: 'assistant',
    model: body['model'],
    content,
    stop_reason: reply.toolInput ? 'tool_use' : 'end_turn',
    stop_sequence: null,
    usage,
  };
  if (!body['stream']) return sendJson(response, 200, message, { 'request-id': 'req_fake1' });
  const event = (type: string, data: Record<string, unknown>) => `event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`;
  const deltas: Array<string | Promise<unknown>> = (reply.chunks ?? pieces(text)).map((piece) =>
    event('content_block_delta', { index: 0, delta: { type: 'text_delta', text: piece } }),
  );
  // The removed elements (none) are not wanted: splice inserts the extra event before the last delta.
  if (reply.beforeLast) void deltas.splice(-1, 0, reply.beforeLast);
  const blocks = [
    event('message_start', { message: { ...message, content: [], stop_reason: null, usage: { ...usage, output_tokens: 1 } } }),
    event('content_block_start', { index: 0, content_block: { type: 'text', text: '' } }),
    event('ping', {}),
    ...deltas,
    event('content_block_stop', { index: 0 }),
  ];
  if (reply.toolInput !== undefined) {
    blocks.push(event('content_block_start', { index: 1, content_block: { type: 'tool_use', id: 'toolu_fake1', name: reply.toolName ?? 'lookup', input: {} } }));
    for (const partial_json of pieces(reply.toolInput, 4)) blocks.push(event('content_block_delta', { index: 1, delta: { type: 'input_json_delta', partial_json } }));
    blocks.push(event('content_block_stop', { index: 1 }));
  }
  blocks.push(event('message_delta', { delta: { stop_reason: message.stop_reason, stop_sequence: null }, usage: { output_tokens: 8 } }), event('message_stop', {}));
  return sendSse(response, blocks, { 'request-id': 'req_fake_stream' });
}

/** A fake Anthropic API: messages (JSON and SSE), count_tokens, models; `model: "error-NNN"` fails. */
export async function startFakeAnthropic(): Promise<FakeAnthropic> {
  const fake = {} as FakeAnthropic;
  fake.reply = (body) => {
    const found = placeholdersIn(JSON.stringify(body['messages'] ?? ''));
    return { text: found.length > 0 ? `You sent ${found.join(' and ')}.` : 'Nothing to hide.' };
  };
  const server = await startFakeServer((request, response) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const failing = /^error-(\d{3})$/.exec(typeof body['model'] === 'string' ? body['model'] : '');
    if (failing) {
      const status = Number(failing[1]);
      return anthropicError(response, status, status === 429 ? 'rate_limit_error' : status === 529 ? 'overloaded_error' : 'invalid_request_error', `fake failure ${status}`);
    }
    if (request.headers['x-api-key'] !== EXPECTED_ANTHROPIC_KEY) return anthropicError(response, 401, 'authentication_error', 'invalid x-api-key');
    switch (`${request.method} ${request.path.split('?')[0]}`) {
      case 'POST /v1/messages':
        return messages(request, response, fake.reply(body));
      case 'POST /v1/messages/count_tokens':
        return sendJson(response, 200, { input_tokens: 42 });
      case 'GET /v1/models':
        return sendJson(response, 200, {
          data: [{ type: 'model', id: 'claude-fake', display_name: 'Claude Fake', created_at: '2025-01-01T00:00:00Z' }],
          has_more: false,
          first_id: 'claude-fake',
          last_id: 'claude-fake',
        });
      default:
        return anthropicError(response, 404, 'not_found_error', `no route ${request.method} ${request.path}`);
    }
  });
  return Object.assign(fake, server);
}
