import type { SegmentKind } from '@promptgate/shared';
import type { z } from 'zod';
import type { Base64Text } from './base64-text';
import type { ReplyText } from './reply/reply-text';
import type { SseEvent } from './sse/sse-event';

/** A location in a JSON body: object keys and array indexes from the root. */
export type JsonPath = ReadonlyArray<string | number>;

/** A piece of request text the provider will read, where it sits, and what it is. */
export interface TextField {
  path: JsonPath;
  kind: SegmentKind;
  text: string;
  /** Set when the JSON value at `path` carries `text` base64-encoded (an attached file) rather than as itself. */
  encoding?: Base64Text;
}

/** Token counts as the provider reported them, copied as is into the session event. */
export type Usage = Record<string, unknown>;

/** Turns one upstream SSE stream into the client's: placeholders restored, model secrets masked. */
export interface StreamTransform {
  /** One event in, the events to send out (usually the same one, possibly rewritten, sometimes with a flush before it). */
  event(event: SseEvent): SseEvent[];
  /** The upstream ended: anything still held back. */
  end(): SseEvent[];
  /** Held text that waited the hold bound, as events of its own; the streams go on. */
  release(): SseEvent[];
  /** When `release` next has something to send (the reply's clock), if anything is held. */
  nextRelease(): number | undefined;
  /** Usage seen so far in the stream. */
  usage(): Usage | undefined;
  /**
   * When events wait for a decision (a tool call held for an approver): the events to send once it is made.
   * The relay reads nothing more from the upstream until then.
   */
  settled?(): Promise<SseEvent[]> | undefined;
}

/** One inspected endpoint of a provider, e.g. OpenAI `POST /v1/chat/completions`. */
export interface EndpointAdapter {
  /** Path under `/v1/`, e.g. `chat/completions`. */
  readonly path: string;
  /** Validates the body; loose objects, so fields the adapter does not know are kept and sent on. */
  readonly schema: z.ZodType;
  /** Every text the provider reads in this body, with JSON paths so the rewritten text can be put back. */
  texts(body: unknown): TextField[];
  model(body: unknown): string | undefined;
  /** Rewrites a non-streamed JSON response in place. */
  transformResponse(body: unknown, reply: ReplyText): void;
  /** Applies the tool-call policy to a non-streamed JSON response, in place, after `transformResponse`. */
  reviewResponse?(body: unknown): void | Promise<void>;
  /** Undefined when the endpoint never streams. */
  createStreamTransform?(reply: ReplyText): StreamTransform;
  /** Usage from a non-streamed JSON response. */
  usage(body: unknown): Usage | undefined;
  /** Whether the response carries model text (embeddings and token counts do not, and are passed through). */
  readonly respondsWithText: boolean;
}

/** An error the proxy raises itself, shown to the SDK in the provider's own error shape. */
export interface ProxyErrorInfo {
  status: number;
  /** Stable code (`blocked_by_policy`, `no_provider_key`...). */
  code: string;
  message: string;
}

/** What makes a provider: its endpoints, how it authenticates, and how its errors look. */
export interface ProviderAdapter {
  readonly name: 'openai' | 'anthropic';
  /** Human name for messages. */
  readonly title: string;
  readonly endpoints: readonly EndpointAdapter[];
  /** Headers that carry the provider key upstream. `upstream` lets Azure get its own header. */
  authHeaders(key: string, upstream: URL): Record<string, string>;
  /** The request headers a client's own provider key may arrive in. */
  readonly credentialHeaders: readonly string[];
  errorBody(error: ProxyErrorInfo): unknown;
}
