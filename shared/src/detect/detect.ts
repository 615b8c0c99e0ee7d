import { createEngine, type Engine } from './engine';
import type { Rule } from './rule';
import { builtinRules } from './rules';
import type { Category, Finding } from './types';

export interface DetectOptions {
  /** Only report these categories (default: all). */
  categories?: readonly Category[];
  /** Extra rules, typically the policy's custom detectors compiled by `compileCustomDetectors`. */
  extraRules?: readonly Rule[];
}

let builtinEngine: Engine | undefined;
/** Engines for rule sets that include extra rules, cached per extra-rules array (policies are long-lived). */
const enginesByExtraRules = new WeakMap<readonly Rule[], Engine>();

function engineFor(extraRules: readonly Rule[] | undefined): Engine {
  if (!extraRules || extraRules.length === 0) return (builtinEngine ??= createEngine(builtinRules));
  let engine = enginesByExtraRules.get(extraRules);
  if (!engine) {
    engine = createEngine([...builtinRules, ...extraRules]);
    enginesByExtraRules.set(extraRules, engine);
  }
  return engine;
}

/**
 * Finds secrets, personal data and custom patterns in `text`. Overlapping findings are merged (the stricter
 * one stays), results are sorted by `start`, and no finding carries the matched value.
 */
export function detect(text: string, options: DetectOptions = {}): Finding[] {
  const findings = engineFor(options.extraRules).detect(text);
  const categories = options.categories;
  return categories ? findings.filter((finding) => categories.includes(finding.category)) : findings;
}

/** Every built-in rule, for listings (`promptgate rules`) and documentation. */
export function listBuiltinRules(): readonly Rule[] {
  return builtinRules;
}

let titles: Map<string, string> | undefined;

/** The human name of a built-in rule (`github-pat` → "GitHub personal access token"), if there is one. */
export function builtinRuleTitle(id: string): string | undefined {
  titles ??= new Map(builtinRules.map((rule) => [rule.id, rule.title]));
  return titles.get(id);
}
