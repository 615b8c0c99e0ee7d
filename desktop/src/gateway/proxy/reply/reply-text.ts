import { createStreamRestorer, restore, type StreamRestorer, type Vault } from '@promptgate/shared';
import { jsonStringVault } from './json-string-vault';
import { maskModelSecrets, type ModelSecretOptions } from './model-secrets';
import { createStreamMasker, type StreamMasker, type TextMode } from './stream-masker';

export type { TextMode } from './stream-masker';

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
}

interface OpenStream {
  masker: StreamMasker;
  restorer: StreamRestorer | undefined;
}

export function createReplyText(options: ReplyTextOptions): ReplyText {
  const maxLogged = options.maxLoggedChars ?? 64 * 1024;
  const vaults: Record<TextMode, Vault> = { text: options.vault, json: jsonStringVault(options.vault) };
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
      return options.restore ? restore(masked.text, vaults[mode]) : masked.text;
    },
    push(key, delta, mode = 'text') {
      let stream = streams.get(key);
      if (!stream) {
        stream = { masker: createStreamMasker(options, mode), restorer: options.restore ? createStreamRestorer(vaults[mode]) : undefined };
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
    flushAll() {
      return [...streams.keys()].map((key) => [key, this.flush(key)] as [string, string]);
    },
    maskedReply: () => logged,
    modelSecrets: () => secrets + [...streams.values()].reduce((sum, stream) => sum + stream.masker.count, 0),
  };
}
