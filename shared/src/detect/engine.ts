import { shannonEntropy } from './entropy';
import { isPlaceholderLike } from './placeholder';
import type { ContextRule, RegexRule, Rule, ScannerRule, TokenRule } from './rule';
import { scanTokens, type Token } from './scanner';
import type { Finding } from './types';
import { mergeFindings } from './merge';

/** How far back on its line a token looks for the keyword that gives it context. */
const KEYWORD_WINDOW = 80;
/** The shortest token worth dispatching: shorter runs are words and numbers. */
const MIN_TOKEN_LENGTH = 7;

interface CompiledTokenRule {
  rule: TokenRule;
  prefix: string;
  sticky: RegExp;
}

interface CompiledContextRule {
  rule: ContextRule;
  anchored: RegExp;
}

export interface Engine {
  /** Every finding of every rule in `text`, overlaps resolved, sorted by start. */
  detect(text: string): Finding[];
  readonly rules: readonly Rule[];
}

function sticky(pattern: RegExp): RegExp {
  const flags = pattern.flags.replace(/[gy]/g, '');
  return new RegExp(pattern.source, flags + 'y');
}

function global(pattern: RegExp): RegExp {
  const flags = pattern.flags.replace(/[gy]/g, '');
  return new RegExp(pattern.source, flags + 'g');
}

function prefixKey(text: string, at: number): string {
  return text.substr(at, 2).toLowerCase();
}

/** Span of the secret inside a match: the `secret` group when the rule names one. */
function secretSpan(match: RegExpExecArray): { start: number; end: number } {
  const group = match.indices?.groups?.['secret'];
  if (group) return { start: group[0], end: group[1] };
  return { start: match.index, end: match.index + match[0].length };
}

function withIndices(pattern: RegExp): RegExp {
  // The `d` flag costs only when the pattern matches, and only rules with a `secret` group need it.
  if (!pattern.source.includes('(?<secret>') || pattern.flags.includes('d')) return pattern;
  return new RegExp(pattern.source, pattern.flags + 'd');
}

/**
 * Compiles rules into one detector. The work per call is one pass over the text (the token scanner) plus a
 * lookup per token, so adding a token or context rule costs almost nothing on text it does not match.
 */
export function createEngine(rules: readonly Rule[]): Engine {
  const ids = new Set<string>();
  for (const rule of rules) {
    if (ids.has(rule.id)) throw new Error(`duplicate rule id: ${rule.id}`);
    ids.add(rule.id);
  }

  const byPrefix = new Map<string, CompiledTokenRule[]>();
  const contextRules: CompiledContextRule[] = [];
  const regexRules: RegexRule[] = [];
  const scannerRules: ScannerRule[] = [];
  let minContext = Infinity;
  let maxContext = 0;

  for (const rule of rules) {
    switch (rule.kind) {
      case 'token':
        for (const prefix of rule.prefixes) {
          if (prefix.length < 2) throw new Error(`rule ${rule.id}: prefix "${prefix}" is shorter than 2 chars`);
          const key = prefix.slice(0, 2).toLowerCase();
          const list = byPrefix.get(key) ?? [];
          list.push({ rule, prefix: rule.prefixIgnoreCase ? prefix.toLowerCase() : prefix, sticky: withIndices(sticky(rule.pattern)) });
          byPrefix.set(key, list);
        }
        break;
      case 'context':
        contextRules.push({ rule, anchored: new RegExp(`^(?:${rule.pattern.source})$`, rule.pattern.flags.replace(/[gy]/g, '')) });
        minContext = Math.min(minContext, rule.minLength);
        maxContext = Math.max(maxContext, rule.maxLength);
        break;
      case 'regex':
        regexRules.push({ ...rule, pattern: withIndices(global(rule.pattern)) });
        break;
      case 'scanner':
        scannerRules.push(rule);
        break;
    }
  }
  // Longer prefixes first so `sk-ant-` wins over `sk-`.
  for (const list of byPrefix.values()) list.sort((a, b) => b.prefix.length - a.prefix.length);

  function accept(rule: Rule, text: string, start: number, end: number, out: Finding[], confidence?: number): boolean {
    if (end <= start) return false;
    const value = text.slice(start, end);
    if (rule.validate && !rule.validate(value)) return false;
    if (rule.category === 'secret' && !rule.allowPlaceholderLike && isPlaceholderLike(value)) return false;
    out.push({
      type: rule.id,
      category: rule.category,
      start,
      end,
      severity: rule.severity,
      confidence: confidence ?? rule.confidence ?? 0.9,
    });
    return true;
  }

  function keywordWindow(text: string, token: Token): string {
    return text.slice(Math.max(token.lineStart, token.start - KEYWORD_WINDOW), token.start).toLowerCase();
  }

  function tryPrefixRules(text: string, token: Token, out: Finding[]): boolean {
    const candidates = byPrefix.get(prefixKey(text, token.start));
    if (candidates === undefined) return false;
    let window: string | undefined;
    for (const { rule, prefix, sticky: pattern } of candidates) {
      const head = rule.prefixIgnoreCase ? text.substr(token.start, prefix.length).toLowerCase() : text.substr(token.start, prefix.length);
      if (head !== prefix) continue;
      if (rule.keywords) {
        window ??= keywordWindow(text, token);
        if (!rule.keywords.some((k) => window!.includes(k))) continue;
      }
      pattern.lastIndex = token.start;
      const match = pattern.exec(text);
      if (match === null) continue;
      const span = secretSpan(match);
      if (accept(rule, text, span.start, span.end, out)) return true;
    }
    return false;
  }

  function tryContextRules(text: string, token: Token, out: Finding[]): boolean {
    const length = token.end - token.start;
    if (length < minContext || length > maxContext) return false;
    let value: string | undefined;
    let window: string | undefined;
    for (const { rule, anchored } of contextRules) {
      if (length < rule.minLength || length > rule.maxLength) continue;
      value ??= text.slice(token.start, token.end);
      if (!anchored.test(value)) continue;
      window ??= keywordWindow(text, token);
      if (!rule.keywords.some((k) => window!.includes(k))) continue;
      if (rule.minEntropy !== undefined && shannonEntropy(value) < rule.minEntropy) continue;
      if (accept(rule, text, token.start, token.end, out)) return true;
    }
    return false;
  }

  function detect(text: string): Finding[] {
    const out: Finding[] = [];
    scanTokens(text, MIN_TOKEN_LENGTH, (token) => {
      if (tryPrefixRules(text, token, out)) return;
      tryContextRules(text, token, out);
    });
    for (const rule of regexRules) {
      const pattern = rule.pattern;
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
        const span = secretSpan(match);
        accept(rule, text, span.start, span.end, out);
        if (match[0].length === 0) pattern.lastIndex++;
      }
    }
    for (const rule of scannerRules) {
      for (const hit of rule.scan(text)) accept(rule, text, hit.start, hit.end, out, hit.confidence);
    }
    return mergeFindings(out);
  }

  return { detect, rules };
}
