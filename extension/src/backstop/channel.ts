/**
 * The wire between the page's main world (where the network calls are wrapped) and the content script's
 * isolated world (which holds the engine, the approvals and the overlay). Only strings cross: a CustomEvent's
 * `detail` object does not survive the trip between worlds, a JSON string does.
 *
 * The main world picks a random channel id before any page script runs and announces it once; every later
 * event name carries it, so a page script that arrives later cannot listen in or answer in our place. Even if
 * it could, all it could do is let its own requests through, which it can do anyway: the decision about what
 * counts as approved lives only in the isolated world.
 */
export const HELLO_EVENT = 'promptgate-backstop-hello';
/** The isolated side asks for the announcement when it started after the main world had already made it. */
export const ASK_EVENT = 'promptgate-backstop-ask';

export type ChannelEvent = 'check' | 'answer' | 'ready';
export const channelEvent = (channel: string, what: ChannelEvent) => `promptgate-${channel}-${what}`;

/** One readable part of an outgoing body: text as the page wrote it, or the text of an attached file. */
export interface Piece {
  kind: 'text' | 'file';
  /** A file's name, shown to the person when it is stopped. */
  name?: string;
  text: string;
}

export type Via = 'fetch' | 'xhr' | 'websocket' | 'beacon';

export interface CheckRequest {
  id: number;
  via: Via;
  url: string;
  pieces: Piece[];
  /** The body could not be read (a stream, a file too large): nothing is known about what it carries. */
  unreadable?: string;
}

/**
 * `pass`: send as is. `wait`: the person or the gateway decides, a final answer follows. `send`: send with
 * these piece texts instead (placeholders). `stop`: never send.
 */
export type CheckAnswer = { id: number; verdict: 'pass' | 'wait' | 'stop' } | { id: number; verdict: 'send'; texts: string[] };

export function parseJson<T>(detail: unknown): T | null {
  if (typeof detail !== 'string') return null;
  try {
    return JSON.parse(detail) as T;
  } catch {
    return null;
  }
}
