import { maskFrom, secretFindings, type ModelSecretOptions } from './model-secrets';

export interface StreamMasker {
  push(chunk: string): string;
  /** Sends what is held as it stands, the stream going on: for text that has waited long enough. */
  release(): string;
  flush(): string;
  /**
   * When the oldest text `release` would send arrived (the masker's clock); undefined when nothing is held,
   * or only an unfinished private key block, which is never sent before its end.
   */
  readonly heldSince: number | undefined;
  /** Secrets masked so far. */
  readonly count: number;
}

/** Text already sent that detection still sees, so a keyword rule (`password: ...`) works across chunks. */
const CONTEXT_CHARS = 256;
/** A run without a break longer than this is sent anyway: the hold stays bounded in size. */
const MAX_RUN_CHARS = 512;
/** An open PEM block (`-----BEGIN ... -----END`) is held whole up to this size. */
const MAX_BLOCK_CHARS = 16 * 1024;

/**
 * Characters that end a secret: no detector's finding holds whitespace, a quote, a backtick or an angle
 * bracket (passwords and URL credentials end at them too). Tokens, URLs, base64 and passwords with `@!#:;,/`
 * do not break, so a secret still in the making is held whole. Minified JSON, quoted code and prose flow.
 */
function isBreak(code: number): boolean {
  return (
    code === 32 || code === 34 || code === 39 || code === 96 || code === 60 || code === 62 || (code >= 9 && code <= 13) || (code >= 128 && /\s/.test(String.fromCharCode(code)))
  );
}

function lastBreak(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) if (isBreak(text.charCodeAt(i))) return i;
  return -1;
}

/**
 * Masks model secrets in a stream with bounded lookahead. Text is sent up to its last break (see `isBreak`);
 * the run after it, which could still grow into a secret or a placeholder, is held until the next chunk ends
 * it, up to `MAX_RUN_CHARS`, or until the caller releases it because it waited long enough. A PEM block spans
 * lines and is held until its END line. Detection runs on the new text plus a little of what was already sent.
 */
export function createStreamMasker(options: ModelSecretOptions, now: () => number): StreamMasker {
  let pending = '';
  let context = '';
  let count = 0;
  let since: number | undefined;
  let blockOpen = false;

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
    blockOpen = false;
    const begin = pending.lastIndexOf('-----BEGIN');
    if (begin !== -1 && pending.indexOf('-----END', begin) === -1) {
      if (pending.length - begin > MAX_BLOCK_CHARS) return pending.length;
      blockOpen = true;
      return begin;
    }
    const cut = lastBreak(pending) + 1;
    return pending.length - cut > MAX_RUN_CHARS ? pending.length : cut;
  };

  return {
    push(chunk) {
      const wasEmpty = pending.length === 0;
      pending += chunk;
      const cut = cutPoint();
      const ready = pending.slice(0, cut);
      pending = pending.slice(cut);
      // What is left after a cut came with this chunk: the run it holds starts now.
      if (pending.length === 0) since = undefined;
      else if (wasEmpty || cut > 0) since = now();
      return emit(ready);
    },
    release() {
      if (blockOpen) return '';
      const ready = pending;
      pending = '';
      since = undefined;
      return emit(ready);
    },
    flush() {
      const ready = pending;
      pending = '';
      since = undefined;
      blockOpen = false;
      return emit(ready);
    },
    get heldSince() {
      return blockOpen ? undefined : since;
    },
    get count() {
      return count;
    },
  };
}
