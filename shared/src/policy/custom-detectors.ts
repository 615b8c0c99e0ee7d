import { scannerRule } from '../detect/define';
import type { Rule } from '../detect/rule';
import type { CustomDetector } from './schema';
import { compileLinearRegex, linearMatches } from '../regex/linear-regex';
import { escapeRegex, WORD_CHAR, wordCharAt, wordCharBefore } from './word-boundary';

type Hit = { start: number; end: number };
type KeywordsDetector = Extract<CustomDetector, { kind: 'keywords' }>;
type DictionaryDetector = Extract<CustomDetector, { kind: 'dictionary' }>;
type RegexDetector = Extract<CustomDetector, { kind: 'regex' }>;

/** Runs a global regex, skipping zero-length matches so a lookahead-only pattern cannot loop forever. */
function* regexHits(pattern: RegExp, text: string): Generator<Hit> {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    yield { start: m.index, end: m.index + m[0].length };
  }
}

/**
 * User regexes run in RE2, linear in the text whatever the pattern, so no policy can stall detection. Policy
 * validation already refused what RE2 cannot run; compiling here throws the same clear error for a detector
 * that skipped validation.
 */
function regexScanner(detector: RegexDetector): (text: string) => Iterable<Hit> {
  const pattern = compileLinearRegex(detector.pattern, detector.flags);
  return (text) => linearMatches(pattern, text);
}

/** All keywords in one alternation, longest first so `acme corp` wins over `acme`. */
function keywordsScanner(detector: KeywordsDetector): (text: string) => Iterable<Hit> {
  const words = [...new Set(detector.keywords)].sort((a, b) => b.length - a.length).map(escapeRegex);
  let source = `(?:${words.join('|')})`;
  if (detector.wholeWord) source = `(?<!${WORD_CHAR})${source}(?!${WORD_CHAR})`;
  const pattern = new RegExp(source, detector.caseInsensitive ? 'giu' : 'gu');
  return (text) => regexHits(pattern, text);
}

/**
 * Exact values (customer ids, project names) by Set lookup, with the same whole-word rule as keywords (no
 * letter, digit or `_` right before or after): at each candidate start, try each distinct value
 * length, longest first. Linear in the text times the number of distinct lengths, so a list of 100k ids
 * costs no more per character than a list of ten, unlike a 100k-branch regex alternation.
 */
function dictionaryScanner(detector: DictionaryDetector): (text: string) => Iterable<Hit> {
  const fold = detector.caseInsensitive ? (s: string) => s.toLowerCase() : (s: string) => s;
  const values = new Set(detector.values.map(fold));
  const lengths = [...new Set(detector.values.map((v) => v.length))].sort((a, b) => b - a);
  const shortest = lengths[lengths.length - 1] ?? 1;
  // Most positions start no value at all; one Set probe on the first unit rules them out before any slicing.
  const firsts = new Set([...values].map((v) => v[0]));
  return function* scan(text) {
    for (let at = 0; at + shortest <= text.length; at++) {
      if (!firsts.has(fold(text[at]!))) continue;
      if (detector.wholeWord && wordCharBefore(text, at)) continue;
      for (const length of lengths) {
        const end = at + length;
        if (end > text.length || !values.has(fold(text.slice(at, end)))) continue;
        if (detector.wholeWord && wordCharAt(text, end)) continue;
        yield { start: at, end };
        at = end - 1;
        break;
      }
    }
  };
}

function scannerFor(detector: CustomDetector): (text: string) => Iterable<Hit> {
  switch (detector.kind) {
    case 'regex':
      return regexScanner(detector);
    case 'keywords':
      return keywordsScanner(detector);
    case 'dictionary':
      return dictionaryScanner(detector);
  }
}

/** The finding type a custom detector reports, as policy rules and placeholders see it. */
export function customFindingType(id: string): string {
  return `custom:${id}`;
}

/**
 * Turns the policy's custom detectors into rules for `detect({ extraRules })`. Call once per policy and keep
 * the array: `detect` caches its engine per array identity.
 */
export function compileCustomDetectors(custom: readonly CustomDetector[]): Rule[] {
  return custom.map((detector) =>
    scannerRule({
      id: customFindingType(detector.id),
      title: detector.title ?? detector.id,
      category: 'custom',
      severity: detector.severity,
      confidence: 0.95,
      scan: scannerFor(detector),
    }),
  );
}
