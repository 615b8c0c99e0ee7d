import { restoreScan } from './restore';
import type { Vault } from './vault';

export interface StreamRestorer {
  /** Feeds the next piece of model output; returns what can be shown now, restored. */
  push(chunk: string): string;
  /** Ends the stream; returns whatever was held back, restored where complete. */
  flush(): string;
}

function endsWithHighSurrogate(text: string): boolean {
  const code = text.charCodeAt(text.length - 1);
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Restores a streamed response (SSE deltas, chat page updates) where a placeholder can arrive split over any
 * number of chunks. Only a tail that could still become one of this vault's placeholders is held back, so
 * the hold is bounded by the longest placeholder (escaped), never the whole response; a trailing high
 * surrogate is held too, so a consumer that encodes each piece never sees half a character.
 * For byte streams decode first with `new TextDecoder('utf-8', { fatal: false })` and `{ stream: true }`.
 */
export function createStreamRestorer(vault: Vault): StreamRestorer {
  let pending = '';
  return {
    push(chunk: string): string {
      pending += chunk;
      const { text, safeEnd } = restoreScan(pending, vault, false);
      let out = text;
      let keepFrom = safeEnd;
      // A high surrogate at the end of the input is copied as is (placeholders end in `]`), so it is also the
      // last unit of `out` whenever nothing else is held.
      if (keepFrom === pending.length && endsWithHighSurrogate(pending)) {
        out = out.slice(0, -1);
        keepFrom--;
      }
      pending = pending.slice(keepFrom);
      return out;
    },
    flush(): string {
      const out = restoreScan(pending, vault, true).text;
      pending = '';
      return out;
    },
  };
}
