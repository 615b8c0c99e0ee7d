import type { EndpointAdapter } from '../types';
import { chatGuard, reviewChat } from './chat-tool-calls';
import { guardedStream, type StreamGuard } from './guarded-stream';
import { messagesGuard, reviewMessage } from './messages-tool-calls';
import { responsesGuard, reviewResponse } from './responses-tool-calls';
import type { ToolCallGate } from './tool-call-gate';

interface ToolCallShape {
  review(body: unknown, gate: ToolCallGate): void | Promise<void>;
  guard(gate: ToolCallGate): StreamGuard;
}

/** The endpoints whose replies carry tool calls for the agent to make, by provider and path. */
const SHAPES: Record<string, ToolCallShape> = {
  'openai chat/completions': { review: reviewChat, guard: chatGuard },
  'openai responses': { review: reviewResponse, guard: responsesGuard },
  'anthropic messages': { review: reviewMessage, guard: messagesGuard },
};

/**
 * The endpoint with the tool-call policy applied to its replies, after the reply pipeline (so the calls are
 * judged as the agent will get them: placeholders restored, the model's own secrets masked). Endpoints whose
 * replies carry no tool calls come back as they are.
 */
export function withToolCallPolicy(provider: string, endpoint: EndpointAdapter, gate: ToolCallGate): EndpointAdapter {
  const shape = Object.hasOwn(SHAPES, `${provider} ${endpoint.path}`) ? SHAPES[`${provider} ${endpoint.path}`] : undefined;
  if (!shape || !endpoint.respondsWithText) return endpoint;
  const createStreamTransform = endpoint.createStreamTransform?.bind(endpoint);
  return {
    ...endpoint,
    reviewResponse: (body) => shape.review(body, gate),
    ...(createStreamTransform ? { createStreamTransform: (reply) => guardedStream(createStreamTransform(reply), shape.guard(gate)) } : {}),
  };
}
