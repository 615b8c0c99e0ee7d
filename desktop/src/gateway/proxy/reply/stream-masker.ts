import { maskFrom, secretFindings, type ModelSecretOptions } from './model-secrets';

/** `text`: prose; `json`: the inside of a JSON document being streamed (tool-call arguments). */
export type TextMode = 'text' | 'json';

export interface StreamMasker {
  push(chunk: string): string;
  flush(): string;
  /** Secrets masked so far. */
  readonly count: number;
}

/** Text already sent that detection still sees, so a keyword rule (`password: ...`) works across chunks. */
const CONTEXT_CHARS = 256;
/** A run without a boundary longer than this is sent anyway: the hold stays bounded. */
const MAX_WORD_CHARS = 512;
/** An open PEM block (`-----BEGIN ... -----END`) is held whole up to this size. */
const MAX_BLOCK_CHARS = 16 * 1024;

const BOUNDARY: Record<TextMode, RegExp> = { text: /\s/, json: /[\s",:{}]/ };

function lastBoundary(text: string, mode: TextMode): number {
  const boundary = BOUNDARY[mode];
  for (let i = text.length - 1; i >= 0; i--) if (boundary.test(text[i]!)) return i;
  return -1;
}

/**
 * Masks model secrets in a stream with bounded lookahead. Secrets are single words, so the text is sent up to
 * its last boundary (whitespace; in JSON also quotes and punctuation) and the unfinished word is held until
 * the next chunk completes it. A PEM block spans lines and is held until its END line. Detection runs on the
 * new text plus a little of what was already sent.
 */
export function createStreamMasker(options: ModelSecretOptions, mode: TextMode): StreamMasker {
  let pending = '';
  let context = '';
  let count = 0;

  const emit = (ready: string): string => {
    if (ready.length === 0) return '';
    const window = context + ready;
    const findings = secretFindings(window, options).filter((finding) => finding.end > context.length);
    count += findings.length;
    const out = findings.length === 0 ? ready : maskFrom(window, findings, context.length);
    context = window.slice(-CONTEXT_CHARS);
    return out;
  };

  const cutPoint = (): number => {
    const begin = pending.lastIndexOf('-----BEGIN');
    if (begin !== -1 && pending.indexOf('-----END', begin) === -1) return pending.length > MAX_BLOCK_CHARS ? pending.length : begin;
    const boundary = lastBoundary(pending, mode);
    if (boundary !== -1) return boundary + 1;
    return pending.length > MAX_WORD_CHARS ? pending.length : 0;
  };

  return {
    push(chunk) {
      pending += chunk;
      const cut = cutPoint();
      const ready = pending.slice(0, cut);
      pending = pending.slice(cut);
      return emit(ready);
    },
    flush() {
      const ready = pending;
      pending = '';
      return emit(ready);
    },
    get count() {
      return count;
    },
  };
}
