/**
 * Test support: counts the work detection does on one text, in characters visited, so linearity can be
 * checked without a clock. The text is handed to the engine wrapped in a Proxy that charges every read of
 * it (`text[i]`, `charCodeAt`, and each string method by the span it covers: `indexOf` from where it starts
 * to where it stops, `slice` by its length, anything else by the whole length); while the meter is open,
 * `RegExp.prototype.exec` (which `test`, `match`, `replace`, `split` and `search` all go through) charges a
 * call on the text by the span from where it started to where its match ended, or to the end of the text
 * when a search found nothing.
 *
 * What it cannot see: how far a regex read before it failed at a sticky start, and backtracking inside one
 * regex call. Both happen inside V8's regex engine, where no counter reaches; the linearity test covers them
 * with a coarser, timed check.
 */
export interface WorkMeter {
  /** The text to hand to the engine in place of the string itself (it behaves as that string). */
  readonly text: string;
  /** Characters visited so far. */
  readonly steps: number;
  /** Restores `RegExp.prototype.exec`; the meter stops counting regex calls. */
  close(): void;
}

type StringMethod = (this: string, ...args: unknown[]) => unknown;

/** What a string method call on the text costs, from its arguments and its result. */
function costOf(name: string, text: string, args: readonly unknown[], result: unknown): number {
  const n = text.length;
  switch (name) {
    case 'charCodeAt':
    case 'codePointAt':
    case 'charAt':
    case 'at':
      return 1;
    case 'slice':
    case 'substring':
    case 'substr':
      return 1 + (typeof result === 'string' ? result.length : 0);
    case 'startsWith':
    case 'endsWith':
      return 1 + String(args[0]).length;
    case 'indexOf':
    case 'includes': {
      const from = clamp(Number(args[1] ?? 0), n);
      const needle = String(args[0]);
      const found = name === 'indexOf' ? (result as number) : text.indexOf(needle, from);
      return 1 + (found === -1 ? n - from : found + needle.length - from);
    }
    case 'lastIndexOf': {
      const from = args[1] === undefined ? n : clamp(Number(args[1]), n);
      const found = result as number;
      return 1 + (found === -1 ? from : from - found);
    }
    default:
      return 1 + n;
  }
}

function clamp(value: number, n: number): number {
  return Number.isNaN(value) ? 0 : Math.min(Math.max(0, Math.trunc(value)), n);
}

/** Opens a meter on `text`. Close it when done: until then every regex call in the process is wrapped. */
export function openWorkMeter(text: string): WorkMeter {
  let steps = 0;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- kept to be called with `.call(this, …)`, and put back on close
  const originalExec = RegExp.prototype.exec;
  // Regex calls reach `exec` with the primitive string (the Proxy is converted first), or with the Proxy itself
  // when code calls `exec` directly: both are recognised by value. The same primitive is what the Proxy hands out.
  RegExp.prototype.exec = function meteredExec(this: RegExp, subject: string): RegExpExecArray | null {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const match = originalExec.call(this, subject);
    if (subject === text || (typeof subject === 'object' && String(subject) === text)) {
      if (match !== null) steps += 1 + Math.max(0, match.index + match[0].length - from);
      else steps += this.sticky ? 1 : 1 + Math.max(0, text.length - from);
    }
    return match;
  };

  const wrappers = new Map<PropertyKey, (...args: unknown[]) => unknown>();
  const target = new String(text);
  const proxy = new Proxy(target, {
    get(_target, key) {
      if (key === Symbol.toPrimitive) return () => text;
      if (key === 'toString' || key === 'valueOf') return () => text;
      if (key === 'length') return text.length;
      if (typeof key === 'string' && /^\d+$/.test(key)) {
        steps++;
        return text[Number(key)];
      }
      let wrapper = wrappers.get(key);
      if (wrapper === undefined) {
        const method: unknown = Reflect.get(String.prototype, key);
        if (typeof method !== 'function') return method;
        const name = typeof key === 'string' ? key : 'symbol';
        wrapper = (...args: unknown[]) => {
          const result = (method as StringMethod).apply(text, args);
          steps += costOf(name, text, args, result);
          return result;
        };
        wrappers.set(key, wrapper);
      }
      return wrapper;
    },
  });

  return {
    // A Proxy of a String object reads and converts like the string; the engine never checks `typeof`.
    text: proxy as unknown as string,
    get steps() {
      return steps;
    },
    close() {
      RegExp.prototype.exec = originalExec;
    },
  };
}

/** The two sizes every linearity test compares, and how much more work per character the larger may cost. */
export const LINEARITY_SIZES = { small: 16 * 1024, large: 128 * 1024 } as const;
export const MAX_STEPS_GROWTH = 1.25;

/** `units` repeated in turn until the text is `size` characters long. */
export function repeatToSize(units: readonly string[], size: number): string {
  let out = '';
  for (let i = 0; out.length < size; i++) out += units[i % units.length];
  return out.slice(0, size);
}

/** Characters visited per character of `text` while `engine` detects in it. */
export function stepsPerChar(engine: { detect(text: string): unknown }, text: string): number {
  const meter = openWorkMeter(text);
  try {
    engine.detect(meter.text);
    return meter.steps / text.length;
  } finally {
    meter.close();
  }
}

/** Work per character at the large size as a multiple of the small size's, for inputs made at any size. */
export function stepsGrowth(engine: { detect(text: string): unknown }, make: (size: number) => string): number {
  return stepsPerChar(engine, make(LINEARITY_SIZES.large)) / stepsPerChar(engine, make(LINEARITY_SIZES.small));
}
