import { RuleAcceptance } from './finding';
import { secretSpan, sticky, withIndices } from './patterns';
import type { TokenRule } from './rule';
import type { Token } from './scanner';
import type { FindingBuffer } from './finding-buffer';

/** How far back on its line a prefixed value looks for the keywords its rule requires. */
export const KEYWORD_WINDOW = 80;
/**
 * Tokens shorter than this go to prefix rules only when the next character could continue a format that
 * spans separators (`123456789:AA…`, `token-ab12:…`, `BBDC-…@…`): ordinary words of 7 to 11 letters are most
 * of the tokens in prose, and no prefixed format ends that early.
 */
const MIN_PREFIXED_TOKEN_LENGTH = 12;
const CONTINUES_FORMAT = new Uint8Array(128);
for (const c of ':@$|%#&*!^') CONTINUES_FORMAT[c.charCodeAt(0)] = 1;

/**
 * Token characters after which a prefixed secret may start inside a token: `https://github.com/ghp_…`,
 * `https://ghp_…@github.com` (userinfo), `cfg.ghp_…`, `MY_ghp_…`, `a+ghp_…`. (`:`, `@` and an `=` before a
 * token character already end a token, so what follows them is a token start.)
 */
const INNER_BOUNDARY = new Uint8Array(128);
for (const c of '/.-_+~') INNER_BOUNDARY[c.charCodeAt(0)] = 1;

/**
 * Work allowed for starts inside one token, in characters a pattern may read per character of the token:
 * a crafted token that repeats a prefix (`ya29.x_ya29.x_…`) whose pattern reads to the token's end would
 * otherwise cost quadratic time. Real tokens hold a few inner starts at most and stay far below it.
 */
const INNER_WORK_PER_CHAR = 2;
const INNER_WORK_BASE = 512;

interface CompiledTokenRule {
  rule: TokenRule;
  acceptance: RuleAcceptance;
  prefix: string;
  sticky: RegExp;
}

type ByThird = Array<Array<CompiledTokenRule[] | undefined> | undefined>;

/** A prefix rule's accepted match: `start`/`end` are the finding, `reach` where the whole match ended. */
interface Hit {
  rule: RuleAcceptance | undefined;
  start: number;
  end: number;
  reach: number;
}

const NO_PREFIX = 0;
/** A prefix matched but its rule did not: the value may be a longer token of that family, or glued. */
const PREFIX_ONLY = 1;
const MATCHED = 2;
type Outcome = typeof NO_PREFIX | typeof PREFIX_ONLY | typeof MATCHED;

/**
 * Dispatch key of a position: its first two characters, case-folded by setting bit 5 (exact for ASCII
 * letters, and harmless for the other token characters, which it leaves distinct). Prefixes with the same
 * key are one family (`ghp_`/`ghs_`, `xoxe.`/`xoxp-`, `sk-`/`sk-proj-`). An integer key keeps the hot loop
 * free of string allocation.
 */
function prefixKey(first: number, second: number): number {
  return ((first | 32) << 7) | (second | 32);
}

/** ASCII letters to lowercase; every other code unchanged. */
function foldCase(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** `text` has `prefix` at `at`; `prefix` is lowercase when `ignoreCase`. Allocation-free: runs per token. */
function startsWithAt(text: string, at: number, prefix: string, ignoreCase: boolean): boolean {
  if (!ignoreCase) return text.startsWith(prefix, at);
  for (let i = 0; i < prefix.length; i++) {
    let c = text.charCodeAt(at + i);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== prefix.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * Per bucket, its candidates by the third character (case-folded): most words that share a bucket's first two
 * letters find no list at all, and URLs (`//github.com/…` among fifteen `//host/…` prefixes) find only the
 * prefixes that could match. A 2-character prefix accepts any third character, so it is in every list.
 */
function byThirdCharacter(byPrefix: ReadonlyArray<CompiledTokenRule[] | undefined>): ByThird {
  return byPrefix.map((list) => {
    if (list === undefined || list.length === 0) return undefined;
    const lists = new Array<CompiledTokenRule[] | undefined>(128).fill(undefined);
    for (const { prefix } of list) {
      if (prefix.length < 3) continue;
      const third = foldCase(prefix.charCodeAt(2));
      lists[third] ??= list.filter((entry) => entry.prefix.length < 3 || foldCase(entry.prefix.charCodeAt(2)) === third);
    }
    const anyThird = list.filter(({ prefix }) => prefix.length < 3);
    return anyThird.length === 0 ? lists : lists.map((matching) => matching ?? anyThird);
  });
}

/**
 * Token rules, dispatched by the first three characters of a position. A token is tried at its start and,
 * so that URLs, paths and glued values give their secrets up, at inner starts for prefixes of three
 * characters or more: after `/ . - _ + ~`, and right where a secret found in the same token ends. An inner start never splits a longer value: positions
 * inside a match are skipped, and a prefix of the family the token's own (unmatched) prefix belongs to
 * (`xoxe.xoxp-…`) is taken only when that earlier value is complete right before it. A prefix that follows
 * a token character (`ghp_…ghp_…`, `ghp_…sk-proj-…`) is taken on the same condition: two whole secrets glued.
 */
export class PrefixRules {
  /** Per prefix key, its candidates by the third character (case-folded); see the constructor. */
  readonly #byThird: ByThird;
  /**
   * The same for starts inside a token: prefixes of 3 characters or more. Two characters (`Mo`, `Li`, `1A`,
   * `42`) begin half the words after a `.` or `_` in code and turn up inside any random value.
   */
  readonly #innerByThird: ByThird;
  readonly #minTokenLength: number;
  readonly #hit: Hit = { rule: undefined, start: 0, end: 0, reach: 0 };
  readonly #earlier: Hit = { rule: undefined, start: 0, end: 0, reach: 0 };
  /** Inner-start work left for the current token; see INNER_WORK_PER_CHAR. */
  #budget = 0;
  #tokenEnd = 0;

  constructor(rules: readonly TokenRule[], minTokenLength: number) {
    this.#minTokenLength = minTokenLength;
    // Indexed by `prefixKey`; token characters are ASCII, so 2^14 slots cover every key.
    const byPrefix = new Array<CompiledTokenRule[] | undefined>(1 << 14);
    for (const rule of rules) {
      const acceptance = new RuleAcceptance(rule);
      for (const prefix of rule.prefixes) {
        if (prefix.length < 2) throw new Error(`rule ${rule.id}: prefix "${prefix}" is shorter than 2 chars`);
        if (prefix.charCodeAt(0) > 127 || prefix.charCodeAt(1) > 127) throw new Error(`rule ${rule.id}: prefix "${prefix}" must start with ASCII`);
        const list = (byPrefix[prefixKey(prefix.charCodeAt(0), prefix.charCodeAt(1))] ??= []);
        list.push({ rule, acceptance, prefix: rule.prefixIgnoreCase ? prefix.toLowerCase() : prefix, sticky: withIndices(sticky(rule.pattern)) });
      }
    }
    // Longer prefixes first so `sk-ant-` wins over `sk-`.
    for (const list of byPrefix) list?.sort((a, b) => b.prefix.length - a.prefix.length);
    this.#byThird = byThirdCharacter(byPrefix);
    this.#innerByThird = byThirdCharacter(byPrefix.map((list) => list?.filter(({ prefix }) => prefix.length >= 3)));
  }

  /** Tokens that could hold a prefixed value: long enough, or followed by a character that continues one. */
  worthTrying(text: string, token: Token): boolean {
    return token.end - token.start >= MIN_PREFIXED_TOKEN_LENGTH || this.#continuesFormat(text, token.end);
  }

  #continuesFormat(text: string, at: number): boolean {
    const next = text.charCodeAt(at);
    return next < 128 && CONTINUES_FORMAT[next] === 1;
  }

  /** Adds the findings of prefix rules in `token` to `out`; true when there was any. */
  scan(text: string, token: Token, out: FindingBuffer): boolean {
    const { start, end, lineStart } = token;
    this.#tokenEnd = end;
    const hit = this.#hit;
    const atStart = this.#matchAt(text, start, lineStart, text.length, hit);
    // Inner starts must leave a value as long as a token start needs: short tokens stop at this bound.
    const last = end - (this.#continuesFormat(text, end) ? this.#minTokenLength : MIN_PREFIXED_TOKEN_LENGTH);
    let found = false;
    let pendingStart = -1;
    let pendingFamily = -1;
    let next = start + 1;
    if (atStart === MATCHED) {
      out.push(hit.rule!, hit.start, hit.end);
      found = true;
      next = Math.max(hit.reach, hit.end);
    } else if (atStart === PREFIX_ONLY) {
      pendingStart = start;
      pendingFamily = prefixKey(text.charCodeAt(start), text.charCodeAt(start + 1));
    }
    if (next > last) return found;
    this.#budget = INNER_WORK_PER_CHAR * (end - start) + INNER_WORK_BASE;
    /** Where the last match ended: the next value may start right there (no guard between glued values). */
    let gluedAt = found ? next : -1;
    const byThird = this.#innerByThird;
    // Most positions are neither after a separator nor in a pending value: two loads and out.
    for (let at = next; at <= last; at++) {
      const boundary = INNER_BOUNDARY[text.charCodeAt(at - 1)] === 1 || at === gluedAt;
      if (!boundary && pendingStart < 0) continue;
      const lists = byThird[prefixKey(text.charCodeAt(at), text.charCodeAt(at + 1))];
      if (lists === undefined) continue;
      const candidates = lists[foldCase(text.charCodeAt(at + 2))];
      if (candidates === undefined) continue;
      if (this.#budget <= 0) break;
      const outcome = this.#matchAmong(candidates, text, at, lineStart, text.length, hit);
      if (outcome === NO_PREFIX) continue;
      const family = prefixKey(text.charCodeAt(at), text.charCodeAt(at + 1));
      if (pendingStart >= 0 && (!boundary || family === pendingFamily)) {
        // Glued to the value pending since an earlier start, or of its family: a value of its own only when
        // that earlier one is whole up to here; otherwise a part of it.
        const earlier = this.#earlier;
        if (this.#matchAt(text, pendingStart, lineStart, at, earlier) !== MATCHED) continue;
        out.push(earlier.rule!, earlier.start, earlier.end);
        found = true;
      }
      if (outcome === PREFIX_ONLY) {
        pendingStart = at;
        pendingFamily = family;
        continue;
      }
      out.push(hit.rule!, hit.start, hit.end);
      found = true;
      pendingStart = -1;
      gluedAt = Math.max(hit.reach, hit.end);
      at = gluedAt - 1;
    }
    return found;
  }

  #candidatesAt(text: string, at: number): CompiledTokenRule[] | undefined {
    const lists = this.#byThird[prefixKey(text.charCodeAt(at), text.charCodeAt(at + 1))];
    // Positions tried leave at least a minimal token: the third character exists.
    return lists === undefined ? undefined : lists[foldCase(text.charCodeAt(at + 2))];
  }

  /** Tries the rules whose prefix `text` has at `at`; see `#matchAmong`. */
  #matchAt(text: string, at: number, lineStart: number, limit: number, hit: Hit): Outcome {
    const candidates = this.#candidatesAt(text, at);
    return candidates === undefined ? NO_PREFIX : this.#matchAmong(candidates, text, at, lineStart, limit, hit);
  }

  /**
   * The first of `candidates` whose prefix is at `at` and whose pattern matches there and is acceptable,
   * into `hit`. With `limit` below the text length the value is matched as if the text ended there: the
   * first of two glued values.
   */
  #matchAmong(candidates: CompiledTokenRule[], text: string, at: number, lineStart: number, limit: number, hit: Hit): Outcome {
    let window: string | undefined;
    let outcome: Outcome = NO_PREFIX;
    for (const { rule, acceptance, prefix, sticky: pattern } of candidates) {
      if (!startsWithAt(text, at, prefix, rule.prefixIgnoreCase === true)) continue;
      if (rule.keywords) {
        window ??= text.slice(Math.max(lineStart, at - KEYWORD_WINDOW), at).toLowerCase();
        this.#budget -= KEYWORD_WINDOW;
        if (!rule.keywords.some((k) => window!.includes(k))) continue;
      }
      outcome = PREFIX_ONLY;
      let match: RegExpExecArray | null;
      let offset = 0;
      if (limit < text.length) {
        pattern.lastIndex = 0;
        match = pattern.exec(text.slice(at, limit));
        offset = at;
        this.#budget -= limit - at;
      } else {
        pattern.lastIndex = at;
        match = pattern.exec(text);
        // A failed match read at most about the rest of the token: pattern classes stop at its end. A match
        // is read again by the checks that follow.
        this.#budget -= match === null ? this.#tokenEnd - at + 1 : 2 * match[0].length;
      }
      if (match === null) continue;
      const span = secretSpan(match);
      if (!acceptance.acceptable(text.slice(span.start + offset, span.end + offset))) continue;
      hit.rule = acceptance;
      hit.start = span.start + offset;
      hit.end = span.end + offset;
      hit.reach = match.index + match[0].length + offset;
      return MATCHED;
    }
    return outcome;
  }
}
