import { isPlaceholderLike } from './placeholder';
import type { CharRequirements, Rule } from './rule';
import type { Finding } from './types';

const DIGIT = 1;
const LOWER = 2;
const UPPER = 4;

/** Whether `value` holds every character class `requires` names, after its first `requires.after` characters. */
export function meetsRequirements(value: string, requires: CharRequirements): boolean {
  const wanted = (requires.digit ? DIGIT : 0) | (requires.lower ? LOWER : 0) | (requires.upper ? UPPER : 0);
  let seen = 0;
  for (let i = requires.after ?? 0; i < value.length && seen !== wanted; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) seen |= DIGIT;
    else if (c >= 97 && c <= 122) seen |= LOWER;
    else if (c >= 65 && c <= 90) seen |= UPPER;
    seen &= wanted;
  }
  return seen === wanted;
}

/** A rule's match survives its own checks and, for secrets, the shared placeholder filter. */
export function acceptable(rule: Rule, value: string): boolean {
  if (rule.requires !== undefined && !meetsRequirements(value, rule.requires)) return false;
  if (rule.validate && !rule.validate(value)) return false;
  return rule.category !== 'secret' || rule.allowPlaceholderLike === true || !isPlaceholderLike(value);
}

export function findingOf(rule: Rule, start: number, end: number, confidence?: number): Finding {
  return {
    type: rule.id,
    category: rule.category,
    start,
    end,
    severity: rule.severity,
    confidence: confidence ?? rule.confidence ?? 0.9,
  };
}
