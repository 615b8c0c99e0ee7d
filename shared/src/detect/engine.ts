import { shannonEntropy } from './entropy';
import type { ContextRule, RegexRule, Rule, ScannerRule, TokenRule } from './rule';
import { AnchorEnds, sortedDistinct } from './anchor-ends';
import { RuleAcceptance } from './finding';
import { buildKeywordAutomaton } from './keywords';
import { global, secretSpan, sticky, withIndices } from './patterns';
import { KEYWORD_WINDOW, PrefixRules } from './prefix-rules';
import { KeywordHits, scanTokens, type Token } from './scanner';
import type { Finding } from './types';
import { FindingBuffer } from './finding-buffer';
import { mergeFindings } from './merge';
import { isInsidePlaceholderName, withoutPlaceholders } from './redaction-placeholder';
import { OffsetBuffer } from './offset-buffer';
import { SpanClaims } from './span-claims';
import { isWideAnchor, WideAnchors } from './wide-anchors';
import { forgetScannedText } from './text-caches';
import { quoteOnlyLinesDecoded } from './view/quote-lines';
import { foldedText } from './view/folded-text';
import { detectInJsonLine, detectThroughViews, findingsInOriginal, trimToUnits } from './view/through-views';

/** The shortest token worth dispatching: shorter runs are words and numbers. */
const MIN_TOKEN_LENGTH = 7;

interface CompiledContextRule {
  rule: ContextRule;
  acceptance: RuleAcceptance;
  anchored: RegExp;
  /** Position in rule order; earlier rules claim a token first. */
  order: number;
}

/** How much may precede a value on its line for the key on the line above to count (`  value: "`). */
const PREVIOUS_LINE_PREFIX = 24;

/**
 * The line holds only a value: before the token at most a short key such as `value:` or `-`, and after it
 * nothing but quotes, commas and spaces.
 */
function valueOnlyLine(text: string, token: Token): boolean {
  const after = token.end < text.length ? text.charCodeAt(token.end) : 10;
  // Quote, comma, space, CR or LF: anything else (a call, an operator) means more than a value.
  if (after !== 34 && after !== 39 && after !== 96 && after !== 44 && after !== 32 && after !== 13 && after !== 10) return false;
  // A token at its line's start has nothing before it to read (a row of a table: every row asks).
  if (token.start > token.lineStart && !/^\s*(?:-\s*)?(?:[A-Za-z_]{1,12}\s*[:=]\s*)?["'`]?$/.test(text.slice(token.lineStart, token.start))) return false;
  // By hand rather than `/^["'`]?\s*,?\s*$/` on the rest of the line: that regex backtracks quadratically
  // over a long run of spaces that does not reach the line end.
  let i = token.end;
  if (after === 34 || after === 39 || after === 96) i++;
  i = skipBlanks(text, i);
  if (text.charCodeAt(i) === 44) i = skipBlanks(text, i + 1);
  return i === text.length || text.charCodeAt(i) === 10;
}

/** Past whitespace other than a line feed, from `at`. */
function skipBlanks(text: string, at: number): number {
  let i = at;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) break;
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (c < 160 || !/\s/.test(text[i]!)) break;
  }
  return i;
}

/** Context rules are looked up by token length; longer tokens than this are never context secrets. */
const MAX_CONTEXT_LENGTH = 1024;

export interface Engine {
  /**
   * Every finding of every rule in `text`, and in the decoded views of its lines that hold JSON escapes,
   * invisible characters or compatibility forms (see `view/`), in `text`'s offsets, overlaps resolved,
   * sorted by start.
   */
  detect(text: string): Finding[];
  readonly rules: readonly Rule[];
}

/**
 * The character every match of `pattern` starts with, when its source begins with one literal character
 * (`:` of `:\/\/`, `-` of `-----BEGIN`), else -1. Case-insensitive patterns get -1: any case may match.
 */
function literalFirstChar(pattern: RegExp): number {
  const source = pattern.source;
  if (pattern.flags.includes('i') || hasTopLevelAlternation(source)) return -1;
  let char: number;
  let next: number;
  if (/^[A-Za-z0-9:\-=_~@#%&'"<>,;!]/.test(source)) [char, next] = [source.charCodeAt(0), 1];
  else if (/^\\[\/.\-:+*?()[\]{}|^$]/.test(source)) [char, next] = [source.charCodeAt(1), 2];
  else return -1;
  // `a?`, `a*`, `a{0,2}`: the character is optional after all.
  return '?*{'.includes(source[next] ?? '') ? -1 : char;
}

/** A `|` outside groups and classes makes any first character optional (`ab|cd`). */
function hasTopLevelAlternation(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/** No characters to fold: what the views of a text scanned apart from its folded form get (see `detectAll`). */
const NO_SPECIALS = new Int32Array(0);

/**
 * Compiles rules into one detector. The work per call is one pass over the text (the token scanner) plus a
 * lookup per token (and per separator inside a long token), so adding a token or context rule costs almost
 * nothing on text it does not match; then a second pass over only the lines that hold escapes to decode. A
 * text whose lines hold invisible or compatibility characters for a good part is scanned folded instead of as
 * written, and those lines not scanned twice (`foldedText`).
 */
export function createEngine(rules: readonly Rule[]): Engine {
  const ids = new Set<string>();
  for (const rule of rules) {
    if (ids.has(rule.id)) throw new Error(`duplicate rule id: ${rule.id}`);
    ids.add(rule.id);
  }

  const tokenRules: TokenRule[] = [];
  const contextRules: CompiledContextRule[] = [];
  const keywordIds = new Map<string, number>();
  /** keyword id → context rules that use it. */
  const rulesByKeyword: CompiledContextRule[][] = [];
  function keywordId(keyword: string): number {
    let id = keywordIds.get(keyword);
    if (id === undefined) {
      id = keywordIds.size;
      keywordIds.set(keyword, id);
      rulesByKeyword.push([]);
    }
    return id;
  }
  function anchorIdsOf(rule: RegexRule | ScannerRule): number[] | undefined {
    if (rule.anchors === undefined) return undefined;
    if (rule.anchors.length === 0) throw new Error(`rule ${rule.id}: anchors must not be empty`);
    return rule.anchors.map((anchor) => keywordId(anchor.toLowerCase()));
  }
  const regexRules: Array<{ rule: RegexRule; acceptance: RuleAcceptance; anchorIds: number[] | undefined; sticky: RegExp; firstChar: number }> = [];
  const scannerRules: Array<{ rule: ScannerRule; acceptance: RuleAcceptance; anchorIds: number[] | undefined; anchorKey: string }> = [];
  let minContext = Infinity;
  let maxContext = 0;

  for (const rule of rules) {
    switch (rule.kind) {
      case 'token':
        tokenRules.push(rule);
        break;
      case 'context': {
        if (rule.maxLength > MAX_CONTEXT_LENGTH) throw new Error(`rule ${rule.id}: maxLength above ${MAX_CONTEXT_LENGTH}`);
        if (rule.keywords.length === 0) throw new Error(`rule ${rule.id}: a context rule needs keywords`);
        // The scan tracks context keywords on the line as it goes, which only the automaton does.
        for (const keyword of rule.keywords) if (isWideAnchor(keyword)) throw new Error(`rule ${rule.id}: context keyword "${keyword}" must be ASCII`);
        const compiled = {
          rule,
          acceptance: new RuleAcceptance(rule),
          anchored: new RegExp(`^(?:${rule.pattern.source})$`, rule.pattern.flags.replace(/[gy]/g, '')),
          order: contextRules.length,
        };
        contextRules.push(compiled);
        for (const keyword of new Set(rule.keywords.map((k) => k.toLowerCase()))) rulesByKeyword[keywordId(keyword)]!.push(compiled);
        minContext = Math.min(minContext, rule.minLength);
        maxContext = Math.max(maxContext, rule.maxLength);
        break;
      }
      case 'regex':
        regexRules.push({
          rule: { ...rule, pattern: withIndices(global(rule.pattern)) },
          acceptance: new RuleAcceptance(rule),
          anchorIds: anchorIdsOf(rule),
          sticky: withIndices(sticky(rule.pattern)),
          firstChar: literalFirstChar(rule.pattern),
        });
        break;
      case 'scanner': {
        const anchorIds = anchorIdsOf(rule);
        scannerRules.push({ rule, acceptance: new RuleAcceptance(rule), anchorIds, anchorKey: anchorIds?.join(',') ?? '' });
        break;
      }
    }
  }
  const keywords = [...keywordIds.keys()];
  // Anchors outside ASCII keep their ids but stay out of the automaton: the scan records where they may start.
  const automaton = buildKeywordAutomaton(keywords.map((keyword) => (isWideAnchor(keyword) ? '' : keyword)));
  const wideAnchorList = keywords.flatMap((keyword, id) => (isWideAnchor(keyword) ? [{ id, lower: keyword }] : []));
  const wideAnchors = wideAnchorList.length === 0 ? undefined : new WideAnchors(wideAnchorList);
  /** Filled by the scan: offsets of code units that may begin an anchor outside ASCII. */
  const wideAnchorHits = new OffsetBuffer();
  const hits = new KeywordHits();
  const seen = new Uint8Array(keywordIds.size);
  /** Anchors of regex rules: their positions are recorded during the pass. */
  const recorded = new Uint8Array(keywordIds.size);
  const anchorLength: number[] = [...keywordIds.keys()].map((keyword) => keyword.length);
  /** Keywords of context rules: the only ones whose hits on a line `tryContextRules` reads. */
  const contextKeywords = Uint8Array.from(rulesByKeyword, (compiled) => (compiled.length > 0 ? 1 : 0));
  for (const { anchorIds } of [...regexRules, ...scannerRules]) for (const id of anchorIds ?? []) recorded[id] = 1;
  const anchorEnds = new AnchorEnds(keywordIds.size);
  /** Reused for the (end, id) pairs of one rule's anchors at a time. */
  const pairBuffer = new OffsetBuffer();
  /** A rule runs when it has no anchors or one of them was seen: a loop, not a closure per rule and call. */
  function anchored(anchorIds: number[] | undefined): boolean {
    if (anchorIds === undefined) return true;
    for (let k = 0; k < anchorIds.length; k++) if (seen[anchorIds[k]!] === 1) return true;
    return false;
  }
  /** Marks the context rules whose keyword is in the current token's window (generation-stamped, no clearing). */
  const candidateStamp = new Uint32Array(contextRules.length);
  let stamp = 0;

  const prefixRules = new PrefixRules(tokenRules, MIN_TOKEN_LENGTH);

  /** Spans accepted during one `detectIn` from rules that claim them, for later rules outranked there. */
  const claims = new SpanClaims();

  /** The findings of the current `detectIn` call, made into objects only once merged. */
  const found = new FindingBuffer();

  function accept(rule: RuleAcceptance, text: string, start: number, end: number, confidence?: number): boolean {
    if (end <= start || (rule.checksValue && !rule.acceptable(text.slice(start, end)))) return false;
    found.push(rule, start, end, confidence);
    if (rule.claimsSpans) claims.claim(start, end);
    return true;
  }

  /** Lowest and highest rule order marked for the current token; outside `detect` so no closure is made per token. */
  let first = Infinity;
  let last = -1;
  /** The text `detect` is working on, for rules that check where their keyword occurs. */
  let currentText = '';
  /**
   * The stamp at which each keyword last marked its rules: a keyword repeated in a window (`password=` over
   * and over) marks them once. Keywords whose rules check the occurrence's position are never skipped.
   */
  const keywordStamp = new Uint32Array(rulesByKeyword.length);
  const keywordChecksPosition = rulesByKeyword.map((compiled) => compiled.some(({ rule }) => rule.keywordAt !== undefined));
  function markKeyword(id: number, end: number): void {
    if (keywordStamp[id] === stamp || isInsidePlaceholderName(currentText, end - anchorLength[id]!, end)) return;
    if (!keywordChecksPosition[id]) keywordStamp[id] = stamp;
    for (const compiled of rulesByKeyword[id]!) {
      const keywordAt = compiled.rule.keywordAt;
      if (keywordAt !== undefined && !keywordAt(currentText, end - anchorLength[id]!, end)) continue;
      candidateStamp[compiled.order] = stamp;
      if (compiled.order < first) first = compiled.order;
      if (compiled.order > last) last = compiled.order;
    }
  }

  /**
   * Per anchor set (rules with the same anchors share it), a buffer of the start offsets of their occurrences,
   * filled at most once per call and reused from call to call: a text dense with anchors costs no garbage.
   */
  const startsByAnchors = new Map<string, { starts: Int32Array; count: number; call: number }>();
  /** Counts `detectIn` calls, so a buffer knows whether it was filled for this one. */
  let call = 0;
  /**
   * Reused by the merge in `fillAnchorStarts`, per present anchor: the next of its occurrences to take, how
   * many it has, where they end and its length (read once, not through `anchorEnds` for every step). Sized for
   * the rule with the most anchors and written by index: emptying an array and pushing again made V8 allocate
   * its storage anew for every rule and call.
   */
  const mostAnchors = Math.max(1, ...scannerRules.map(({ anchorIds }) => anchorIds?.length ?? 0));
  const nextOccurrence = new Int32Array(mostAnchors);
  const presentCounts = new Int32Array(mostAnchors);
  const presentEnds = new Array<Int32Array>(mostAnchors).fill(new Int32Array(0));
  const presentLengths = new Int32Array(mostAnchors);

  /** Start offsets of the recorded occurrences of these anchors, ascending and without repeats. */
  function anchorStarts(anchorIds: readonly number[], key: string): Int32Array {
    let buffer = startsByAnchors.get(key);
    if (buffer === undefined) {
      buffer = { starts: new Int32Array(16), count: 0, call: -1 };
      startsByAnchors.set(key, buffer);
    }
    if (buffer.call !== call) {
      let total = 0;
      for (const id of anchorIds) total += anchorEnds.count(id);
      if (buffer.starts.length < total) buffer.starts = new Int32Array(Math.max(total, buffer.starts.length * 2));
      buffer.count = fillAnchorStarts(anchorIds, buffer.starts);
      buffer.call = call;
    }
    return buffer.starts.subarray(0, buffer.count);
  }

  /** Writes the starts into `starts` (large enough for all of them) and returns how many there are. */
  function fillAnchorStarts(anchorIds: readonly number[], starts: Int32Array): number {
    let present = 0;
    for (let k = 0; k < anchorIds.length; k++) {
      const id = anchorIds[k]!;
      const occurrences = anchorEnds.count(id);
      if (occurrences === 0) continue;
      nextOccurrence[present] = 0;
      presentCounts[present] = occurrences;
      presentEnds[present] = anchorEnds.endsOf(id);
      presentLengths[present] = anchorLength[id]!;
      present++;
    }
    if (present === 1) {
      // One anchor: its occurrences are in text order already.
      const ends = presentEnds[0]!;
      const length = presentLengths[0]!;
      for (let k = 0; k < presentCounts[0]!; k++) starts[k] = ends[k]! - length;
      return presentCounts[0]!;
    }
    let count = 0;
    let ascending = true;
    // The occurrences of each anchor are in text order: merge the lists by end.
    for (;;) {
      let pick = -1;
      let pickEnd = 0;
      for (let p = 0; p < present; p++) {
        const next = nextOccurrence[p]!;
        if (next >= presentCounts[p]!) continue;
        const end = presentEnds[p]![next]!;
        if (pick === -1 || end < pickEnd) {
          pick = p;
          pickEnd = end;
        }
      }
      if (pick === -1) break;
      nextOccurrence[pick]!++;
      const start = pickEnd - presentLengths[pick]!;
      if (count > 0 && start <= starts[count - 1]!) ascending = false;
      starts[count++] = start;
    }
    return ascending ? count : sortedDistinct(starts, count);
  }
  /** The last token whose entropy a context rule asked for, and that entropy. */
  let lastEntropyOf = '';
  let lastEntropy = 0;

  function tryContextRules(text: string, token: Token): boolean {
    const length = token.end - token.start;
    if (length < minContext || length > maxContext) return false;
    // The token is a keyword itself (`password` after `pass: …`, in a list of field names): a name, not a value.
    if (hits.endsAt(token.end, length, anchorLength)) return false;
    const windowStart = Math.max(token.lineStart, token.start - KEYWORD_WINDOW) - 1;
    first = Infinity;
    last = -1;
    if (hits.any(windowStart, token.start)) {
      stamp++;
      hits.forEachEndingIn(windowStart, token.start, markKeyword);
    } else if (token.start - token.lineStart <= PREVIOUS_LINE_PREFIX && hits.previousLineCount > 0 && valueOnlyLine(text, token)) {
      // `- name: FASTLY_API_TOKEN` / `  value: "…"`: the key is on the line above a line that holds
      // nothing but the value.
      stamp++;
      hits.forEachOnPreviousLine(markKeyword);
    } else {
      return false;
    }
    let value: string | undefined;
    let entropy = -1;
    for (let order = first; order <= last; order++) {
      if (candidateStamp[order] !== stamp) continue;
      const { rule, acceptance, anchored } = contextRules[order]!;
      if (length < rule.minLength || length > rule.maxLength) continue;
      value ??= text.slice(token.start, token.end);
      // Entropy before the pattern: counted once per token however many rules ask, it rules out most of them
      // for words and names without running their regexes.
      if (rule.minEntropy !== undefined) {
        // A value of n characters has at most log2(n) bits each: short tokens need no counting at all.
        if (rule.minEntropy > Math.log2(length)) continue;
        if (entropy < 0) {
          // Text repeats its tokens (a field name on every line of a config): the last one's entropy is kept.
          if (value !== lastEntropyOf) {
            lastEntropyOf = value;
            lastEntropy = shannonEntropy(value);
          }
          entropy = lastEntropy;
        }
        if (entropy < rule.minEntropy) continue;
      }
      if (!anchored.test(value)) continue;
      if (accept(acceptance, text, token.start, token.end)) return true;
    }
    return false;
  }

  /**
   * Lines of JSON decoded one inside the other before the rest is scanned as any text: a file in a tool call's
   * arguments inside a request is two; like the views' levels, a bound on the work one text can ask for.
   */
  const JSON_LINE_LEVELS = 3;

  /** Filled by `detectIn`: offsets of the non-ASCII characters a decoded view would fold. */
  const wideSpecials = new OffsetBuffer();

  function detect(text: string): Finding[] {
    const folded = foldedText(text);
    if (folded === undefined) return withoutPlaceholders(text, detectAll(text));
    // A text dense with characters to fold is scanned as a reader sees it, folded, in its place; and as written,
    // the lines where folding joined tokens (see `foldedText`).
    const { view, joinedLines } = folded;
    const findings = findingsInOriginal(view, detectAll(view.text));
    if (joinedLines !== undefined) {
      for (const finding of findingsInOriginal(joinedLines, detectAll(joinedLines.text, 0, false))) findings.push(finding);
      joinedLines.release();
    }
    const merged = mergeFindings(trimToUnits(findings, view));
    view.release();
    return withoutPlaceholders(text, merged);
  }

  /**
   * Every finding in `text` and in its decoded views, in `text`'s offsets. `depth`: how many lines of JSON
   * `text` was decoded from (`detectInJsonLine`), at most JSON_LINE_LEVELS. `fold`: false for text whose
   * folded form is scanned apart (`foldedText`'s joined lines), so its views decode escapes only.
   */
  function detectAll(text: string, depth = 0, fold = true): Finding[] {
    const backslash = text.indexOf('\\');
    // A line whose only escapes are `\"` (JSON inside a JSON string) is scanned once, quotes decoded.
    const quotesDecoded = backslash < 0 ? undefined : quoteOnlyLinesDecoded(text, backslash);
    if (quotesDecoded !== undefined) {
      const plain = findingsInOriginal(quotesDecoded, detectIn(quotesDecoded.text));
      const inView = fold ? wideSpecials.view() : NO_SPECIALS;
      const specials = new Int32Array(inView.length);
      for (let k = 0; k < inView.length; k++) specials[k] = quotesDecoded.toOriginal(inView[k]!, inView[k]! + 1)!.start;
      quotesDecoded.release();
      return detectThroughViews(text, backslash, specials, plain, detectIn, false);
    }
    // A line of JSON with escapes (a tool call's arguments, a tool result) is scanned decoded only.
    const inJsonLine = depth < JSON_LINE_LEVELS ? detectInJsonLine(text, backslash, (decoded) => detectAll(decoded, depth + 1, fold)) : undefined;
    if (inJsonLine !== undefined) return inJsonLine;
    const findings = detectIn(text);
    const specials = fold ? wideSpecials.view() : NO_SPECIALS;
    // Without a backslash or a character to fold (most text) there is nothing to decode: the scan recorded
    // the latter, one native search finds the former.
    if (backslash < 0 && specials.length === 0) return findings;
    return detectThroughViews(text, backslash, specials, findings, detectIn);
  }

  /** Every finding in `text` as it is, without decoding anything. */
  function detectIn(text: string): Finding[] {
    found.clear();
    currentText = text;
    seen.fill(0);
    anchorEnds.reset();
    call++;
    wideSpecials.clear();
    wideAnchorHits.clear();
    claims.clear();
    scanTokens(
      text,
      MIN_TOKEN_LENGTH,
      automaton,
      hits,
      (token) => {
        if (prefixRules.worthTrying(text, token) && prefixRules.scan(text, token, found)) return;
        tryContextRules(text, token);
      },
      seen,
      anchorEnds,
      recorded,
      wideSpecials,
      wideAnchors?.keyUnits,
      wideAnchorHits,
      contextKeywords,
    );
    if (wideAnchors !== undefined && wideAnchorHits.count > 0) wideAnchors.resolve(text, wideAnchorHits.view(), seen, anchorEnds);
    for (const { rule, acceptance, anchorIds, sticky: atStart, firstChar } of regexRules) {
      if (!anchored(anchorIds)) continue;
      if (anchorIds === undefined) {
        const pattern = rule.pattern;
        pattern.lastIndex = 0;
        for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
          const span = secretSpan(match);
          accept(acceptance, text, span.start, span.end);
          if (match[0].length === 0) pattern.lastIndex++;
        }
        continue;
      }
      // Only where an anchor ended: a match starts inside the anchor, so try each start position in it.
      let matchedUpTo = -1;
      const pairs = anchorEnds.pairsOf(anchorIds, pairBuffer).view();
      for (let k = 0; k < pairs.length; k += 2) {
        const id = pairs[k + 1]!;
        const end = pairs[k]!;
        for (let from = Math.max(end - anchorLength[id]!, matchedUpTo); from < end; from++) {
          // Most positions inside an anchor cannot start the pattern: one char compare instead of a regex call.
          if (firstChar !== -1 && text.charCodeAt(from) !== firstChar) continue;
          atStart.lastIndex = from;
          const match = atStart.exec(text);
          if (match === null) continue;
          const span = secretSpan(match);
          accept(acceptance, text, span.start, span.end);
          matchedUpTo = match.index + match[0].length;
          break;
        }
      }
    }
    for (const { rule, acceptance, anchorIds, anchorKey } of scannerRules) {
      if (rule.runsWithoutAnchors !== true && !anchored(anchorIds)) continue;
      const starts = anchorIds === undefined ? undefined : anchorStarts(anchorIds, anchorKey);
      for (const hit of rule.scan(text, starts, claims)) accept(acceptance, text, hit.start, hit.end, hit.confidence);
    }
    // Not kept past the call: the text may be large (a token sliced from it keeps it alive too).
    currentText = '';
    lastEntropyOf = '';
    forgetScannedText();
    return found.merged();
  }

  return { detect, rules };
}
