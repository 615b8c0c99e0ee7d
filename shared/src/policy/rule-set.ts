import type { Category } from '../detect/types';
import type { Action } from './action';
import { actionRank } from './action';

export interface RuleSource {
  type?: string | undefined;
  category?: Category | undefined;
  action: Action;
}

export interface MatchedRule {
  action: Action;
  /** Where the rule sits in the policy document, e.g. `detectors[1]`. */
  label: string;
}

interface CompiledRule extends MatchedRule {
  /** exact type 3 > type glob 2 > category 1 > `*` 0 */
  specificity: number;
  matches(type: string, category: Category): boolean;
}

export interface RuleSet {
  /** The most specific matching rule (strictest among equally specific ones), or undefined. */
  resolve(type: string, category: Category): MatchedRule | undefined;
}

function compileRule(rule: RuleSource, label: string): CompiledRule {
  const base = { action: rule.action, label };
  if (rule.category !== undefined) {
    const category = rule.category;
    return { ...base, specificity: 1, matches: (_type, c) => c === category };
  }
  const type = rule.type ?? '*';
  if (type === '*') return { ...base, specificity: 0, matches: () => true };
  if (!type.includes('*')) return { ...base, specificity: 3, matches: (t) => t === type };
  const glob = new RegExp(
    `^${type
      .split('*')
      .map((part) => part.replace(/[.\\^$+?()[\]{}|/-]/g, '\\$&'))
      .join('.*')}$`,
  );
  return { ...base, specificity: 2, matches: (t) => glob.test(t) };
}

function better(a: CompiledRule, b: CompiledRule): boolean {
  if (a.specificity !== b.specificity) return a.specificity > b.specificity;
  return actionRank(a.action) > actionRank(b.action);
}

/**
 * A list of detector rules, compiled once. Answers are memoised per (type, category): a policy has a few
 * dozen rules but a prompt can have hundreds of findings of a handful of types.
 */
export function compileRuleSet(rules: ReadonlyArray<{ rule: RuleSource; label: string }>): RuleSet {
  const compiled = rules.map(({ rule, label }) => compileRule(rule, label));
  const memo = new Map<string, MatchedRule | undefined>();
  return {
    resolve(type, category) {
      const key = `${category}\u0000${type}`;
      if (memo.has(key)) return memo.get(key);
      let best: CompiledRule | undefined;
      for (const rule of compiled) {
        if (rule.matches(type, category) && (best === undefined || better(rule, best))) best = rule;
      }
      const answer = best && { action: best.action, label: best.label };
      memo.set(key, answer);
      return answer;
    },
  };
}
