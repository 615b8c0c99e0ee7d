import { createStreamRestorer, restore, type StreamRestorer, type Vault } from '@promptgate/shared';
import { systemClock, type HoldClock } from './hold-clock';
import { jsonStringVault } from './json-string-vault';
import { maskModelSecrets, type ModelSecretOptions } from './model-secrets';
import { createStreamMasker, type StreamMasker } from './stream-masker';

/** `text`: prose; `json`: the inside of a JSON document being streamed (tool-call arguments). */
export type TextMode = 'text' | 'json';

/**
 * Longest a stream holds text back (a run that could still become a secret or a placeholder) before it is sent
 * as it stands. Models stream tokens every few tens of milliseconds, so a secret in the making is complete well
 * within it; a stalled upstream or a long URL does not keep the client waiting longer. An unfinished private key
 * block is the exception: it is held until its END line (up to its size bound), since sent in parts it would
 * never be recognised.
 */
export const MAX_HOLD_MS = 500;

/**
 * Model text on its way back to the client, for one call. Each piece goes through two steps: the model's own
 * secrets are masked, then this call's placeholders are restored (when policy restores responses). Streams are
 * keyed (one per choice, content block, tool call) so each keeps its own bounded lookahead.
 */
export interface ReplyText {
  /** A complete piece of model text. `log: false` for texts a stream already delivered piecewise. */
  whole(text: string, mode?: TextMode, options?: { log?: boolean }): string;
  /** The next piece of the content stream `key`: what may be sent now. */
  push(key: string, delta: string, mode?: TextMode): string;
  /** The content stream `key` ended: what was held back ('' when nothing). */
  flush(key: string): string;
  /** What stream `key` holds, sent as it stands, the stream going on ('' when nothing). */
  release(key: string): string;
  /** The streams whose held text has waited `MAX_HOLD_MS` by now. */
  due(): string[];
  /** When held text next reaches `MAX_HOLD_MS` (clock time); undefined when nothing waits. */
  nextDue(): number | undefined;
  /** Every stream still open, flushed: for an upstream that ended without closing its blocks. */
  flushAll(): Array<[key: string, text: string]>;
  /** The reply as the log may keep it: placeholders left in, model secrets masked, capped. */
  maskedReply(): string;
  /** How many secrets of the model's own were masked. */
  modelSecrets(): number;
}

export interface ReplyTextOptions extends ModelSecretOptions {
  vault: Vault;
  /** Policy `restoreResponses`. */
  restore: boolean;
  /** Most characters of masked reply kept for the log. */
  maxLoggedChars?: number;
  clock?: HoldClock;
}

interface OpenStream {
  masker: StreamMasker;
  restorer: StreamRestorer | undefined;
}

export function createReplyText(options: ReplyTextOptions): ReplyText {
  const maxLogged = options.maxLoggedChars ?? 64 * 1024;
  const clock = options.clock ?? systemClock;
  const now = () => clock.now();
  // The JSON-escaping view only when a JSON string is restored: most replies never ask for it.
  let jsonVault: Vault | undefined;
  const vaultFor = (mode: TextMode): Vault => (mode === 'text' ? options.vault : (jsonVault ??= jsonStringVault(options.vault)));
  const streams = new Map<string, OpenStream>();
  let logged = '';
  let secrets = 0;
  const log = (text: string) => {
    if (logged.length < maxLogged) logged += text.slice(0, maxLogged - logged.length);
  };

  return {
    whole(text, mode = 'text', { log: keep = true } = {}) {
      const masked = maskModelSecrets(text, options);
      secrets += masked.count;
      if (keep) log(masked.text);
      return options.restore ? restore(masked.text, vaultFor(mode)) : masked.text;
    },
    push(key, delta, mode = 'text') {
      let stream = streams.get(key);
      if (!stream) {
        stream = { masker: createStreamMasker(options, now), restorer: options.restore ? createStreamRestorer(vaultFor(mode)) : undefined };
        streams.set(key, stream);
      }
      const masked = stream.masker.push(delta);
      log(masked);
      return stream.restorer ? stream.restorer.push(masked) : masked;
    },
    flush(key) {
      const stream = streams.get(key);
      if (!stream) return '';
      streams.delete(key);
      const masked = stream.masker.flush();
      log(masked);
      secrets += stream.masker.count;
      return stream.restorer ? stream.restorer.push(masked) + stream.restorer.flush() : masked;
    },
    release(key) {
      const stream = streams.get(key);
      if (!stream) return '';
      const masked = stream.masker.release();
      log(masked);
      // The masker sends only whole runs, so the restorer holds nothing but what this release cut short.
      return stream.restorer ? stream.restorer.push(masked) + stream.restorer.flush() : masked;
    },
    due() {
      const at = clock.now() - MAX_HOLD_MS;
      const keys: string[] = [];
      for (const [key, stream] of streams) {
        const since = stream.masker.heldSince;
        if (since !== undefined && since <= at) keys.push(key);
      }
      return keys;
    },
    nextDue() {
      let first: number | undefined;
      for (const stream of streams.values()) {
        const since = stream.masker.heldSince;
        if (since !== undefined && (first === undefined || since < first)) first = since;
      }
      return first === undefined ? undefined : first + MAX_HOLD_MS;
    },
    flushAll() {
      return [...streams.keys()].map((key) => [key, this.flush(key)] as [string, string]);
    },
    maskedReply: () => logged,
    modelSecrets: () => secrets + [...streams.values()].reduce((sum, stream) => sum + stream.masker.count, 0),
  };
}
