import type { SpanClaims } from './span-claims';
import type { Category, Severity } from './types';

/**
 * What a value must contain to be taken for a random credential rather than a word or a name: most formats
 * allow mixed case and digits but only a value that uses them is real (`sk_live_AbCdEf…` is, `sk_live_abcdef…`
 * from a test fixture generator is not). Declared as data so the engine checks it in one pass without
 * slicing the value, and rules stop repeating the same regexes.
 */
export interface CharRequirements {
  digit?: true;
  lower?: true;
  upper?: true;
  /** Characters at the start not counted: a fixed prefix such as `ghp_` whose own letters prove nothing. */
  after?: number;
}

/** Fields every built-in rule has. */
interface RuleBase {
  /** Stable id, kebab-case, unique across all rules; becomes `Finding.type`. */
  id: string;
  /** Human name shown to people, e.g. "GitHub personal access token". */
  title: string;
  category: Category;
  severity: Severity;
  /** 0..1, defaults to 0.9. */
  confidence?: number;
  /** Character classes the matched value must hold, checked before `validate`. */
  requires?: CharRequirements;
  /** Extra check on the matched value (checksum, structure). Return false to drop the match. */
  validate?: (value: string) => boolean;
  /**
   * Secret rules pass every value through the shared placeholder filter; set this to skip it. (PII and
   * custom rules are never filtered: they validate themselves.)
   *
   * Skip the shared placeholder filter (`EXAMPLE`, `xxxx`, `${VAR}`, sequential runs...). Only for rules whose
   * own validation already rules those out, such as checksummed card numbers.
   */
  allowPlaceholderLike?: boolean;
  /**
   * Its findings outrank a password assignment's on the same span (a secret of high severity, confidence
   * above 0.7): the engine records their spans for the rules that run after it (see `SpanClaims`).
   */
  claimsSpans?: boolean;
}

/**
 * A format with a fixed, distinctive start (`ghp_`, `xoxb-`, `AKIA`, `sk-ant-api03-`). The scanner splits the
 * text into tokens (runs of `[A-Za-z0-9_\-+/.~]` plus trailing `=` padding) and hands each token whose start
 * matches one of `prefixes` to `pattern`, which is matched at the token start (the engine makes it sticky).
 * The finding is the whole match, or the named group `secret` when present.
 */
export interface TokenRule extends RuleBase {
  kind: 'token';
  /** Literal starts, at least 2 characters each. Case-sensitive unless `prefixIgnoreCase`. */
  prefixes: readonly string[];
  prefixIgnoreCase?: boolean;
  /** Matched at the start of the token; no `g`/`y` flags needed (the engine adds `y`). */
  pattern: RegExp;
  /** When set, one of these lowercase words must appear in the same line before the token (max 80 chars). */
  keywords?: readonly string[];
}

/**
 * A format without a distinctive start that is only a secret next to a keyword, such as a 32-hex Datadog
 * key after `datadog_api_key =`. Each whole token (of an allowed length) is tested against `pattern`
 * (anchored at both ends by the engine) when one of `keywords` appears before it on the same line
 * (at most 80 characters back).
 */
export interface ContextRule extends RuleBase {
  kind: 'context';
  /** Lowercase words; one must appear before the token on its line. */
  keywords: readonly string[];
  /** The whole token must match. Write it without `^`/`$`; the engine anchors it. */
  pattern: RegExp;
  /** Token lengths this rule can match, for fast dispatch. */
  minLength: number;
  maxLength: number;
  /** Minimum Shannon entropy (bits per character) of the value. */
  minEntropy?: number;
  /**
   * Extra check on a keyword occurrence (`text.slice(start, end)` is the keyword, in any case): one that
   * fails gives no context, such as `aws` inside `laws`. Must look only at a bounded neighbourhood of the
   * occurrence: it runs for every keyword near every candidate token.
   */
  keywordAt?: (text: string, start: number, end: number) => boolean;
}

/**
 * A format that spans separators a token cannot hold: PEM blocks, `scheme://user:pass@host` URLs. Runs as a
 * global regex over the whole text, so `pattern` must begin with a literal string (V8 then skips ahead fast)
 * and the set of such rules must stay small. The finding is the named group `secret` when present, else the
 * whole match.
 */
export interface RegexRule extends RuleBase {
  kind: 'regex';
  pattern: RegExp;
  /**
   * See `ScannerRule.anchors`. For a regex rule they say more: every match starts inside an occurrence of
   * one of them (the pattern begins with the anchor or its tail, like `asic` for `basic`), so the engine runs
   * the pattern only there instead of over the whole text.
   */
  anchors?: readonly string[];
}

/**
 * A detector that finds its own candidates, for formats that fit none of the kinds above (emails anchored on
 * `@`, phone numbers, card numbers with spaces). `scan` must stay linear in the text: anchor on a rare
 * character or a literal, never on a regex that starts with a character class over the whole input.
 */
export interface ScannerRule extends RuleBase {
  kind: 'scanner';
  /**
   * Literals (matched case-insensitively) of which every match contains at least one, such as `-----begin` or
   * `.atlasv1.`. The engine spots them during its single pass over the text and skips the rule on texts without
   * any, so a rare format costs nothing on the texts that do not have it. An anchor outside ASCII (`пароль`) is
   * found where the pass met its first non-ASCII character (see `WideAnchors`).
   */
  anchors?: readonly string[];
  /**
   * The rule runs on every text, its anchors or none: they only say where it should look harder (the labels of
   * an identifier that, printed in its own grouping, needs none). `anchorStarts` may then be empty.
   */
  runsWithoutAnchors?: boolean;
  /**
   * `anchorStarts`, given whenever the rule has `anchors`: where they occur in `text` (start offsets,
   * ascending), found during the engine's single pass, so the rule need not search for them again
   * (`anchoredScannerRule` declares such a rule). `claims`: spans rules that ran before it in this call
   * reported, for a rule whose finding there would be outranked (see `SpanClaims`).
   */
  scan(text: string, anchorStarts?: ArrayLike<number>, claims?: SpanClaims): Iterable<{ start: number; end: number; confidence?: number }>;
}

export type Rule = TokenRule | ContextRule | RegexRule | ScannerRule;

/** Positive and negative examples that sit next to a rule (`<rule>.fixtures.ts`). */
export interface RuleFixtures {
  /** A string is a value that must be found whole; `{text, secret}` must yield a finding spanning `secret`. */
  positive: ReadonlyArray<string | { text: string; secret: string }>;
  /** Texts in which this rule must find nothing. */
  negative: readonly string[];
}
