import { isPlaceholderLike } from './placeholder';
import type { Rule } from './rule';
import type { Finding } from './types';

/** A rule's match survives its own validation and, for secrets, the shared placeholder filter. */
export function acceptable(rule: Rule, value: string): boolean {
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
