import { categoryRank } from './merge';
import { isPlaceholderLike } from './placeholder';
import type { CharRequirements, Rule } from './rule';
import { severityRank, type Category, type Finding, type Severity } from './types';

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

/**
 * What accepting a rule's match reads from the rule, copied into one shape for every rule. Rules come in many
 * shapes (each kind, and the shared checks spread over them), so reading these from the rule itself is a
 * megamorphic load each, eight per match: on a text where nearly every line is a finding that cost more than
 * judging the value.
 */
export class RuleAcceptance {
  readonly type: string;
  readonly category: Category;
  readonly severity: Severity;
  readonly confidence: number;
  readonly requires: CharRequirements | undefined;
  readonly validate: ((value: string) => boolean) | undefined;
  readonly placeholderFilter: boolean;
  /**
   * Whether `acceptable` reads the value at all: most personal-data rules check their values as they scan, and
   * a text dense with them would otherwise cut a string per finding only to accept it unread.
   */
  readonly checksValue: boolean;
  /** Accepted spans are claimed for the rules that run later in the call (see `SpanClaims`). */
  readonly claimsSpans: boolean;
  /** The category's and severity's ranks in a merge (see `outranksBy`), read once rather than per overlap. */
  readonly categoryRank: number;
  readonly severityRank: number;

  constructor(rule: Rule) {
    this.type = rule.id;
    this.category = rule.category;
    this.severity = rule.severity;
    this.confidence = rule.confidence ?? 0.9;
    this.requires = rule.requires;
    this.validate = rule.validate;
    this.placeholderFilter = rule.category === 'secret' && rule.allowPlaceholderLike !== true;
    this.checksValue = this.requires !== undefined || this.validate !== undefined || this.placeholderFilter;
    this.claimsSpans = rule.claimsSpans === true;
    this.categoryRank = categoryRank(rule.category);
    this.severityRank = severityRank(rule.severity);
  }

  /** The rule's match survives its own checks and, for secrets, the shared placeholder filter. */
  acceptable(value: string): boolean {
    if (this.requires !== undefined && !meetsRequirements(value, this.requires)) return false;
    if (this.validate !== undefined && !this.validate(value)) return false;
    return !this.placeholderFilter || !isPlaceholderLike(value);
  }

  /** The finding for a match at `[start, end)`, with the rule's confidence unless the match says otherwise. */
  finding(start: number, end: number, confidence?: number): Finding {
    return { type: this.type, category: this.category, start, end, severity: this.severity, confidence: confidence ?? this.confidence };
  }
}
