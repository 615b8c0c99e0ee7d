import { createEngine, type Engine } from './engine';
import type { Rule } from './rule';
import { builtinRules } from './rules';
import type { Category, Finding } from './types';

export interface DetectOptions {
  /**
   * Only these categories (default: all). Only their rules run, not every rule with the rest dropped after:
   * the SDK proxy checks every piece of a model's reply for secrets, and personal data rules are half the
   * work of a short text.
   */
  categories?: readonly Category[];
  /** Extra rules, typically the policy's custom detectors compiled by `compileCustomDetectors`. */
  extraRules?: readonly Rule[];
}

/** Engines of the built-in rules, by the categories they run (`categoriesKey`). */
const builtinEngines = new Map<string, Engine>();
/** Engines for rule sets that include extra rules, cached per extra-rules array (policies are long-lived). */
const enginesByExtraRules = new WeakMap<readonly Rule[], Map<string, Engine>>();

/** '' for every category, else the categories asked for, sorted: one engine per set however it is spelled. */
function categoriesKey(categories: readonly Category[] | undefined): string {
  if (categories === undefined) return '';
  if (categories.length === 1) return categories[0]!;
  return [...new Set(categories)].sort().join(',');
}

/** The engines of one rule set: the built-in rules alone, or with a policy's extra rules. */
function enginesOf(extra: readonly Rule[] | undefined): Map<string, Engine> {
  if (extra === undefined) return builtinEngines;
  let engines = enginesByExtraRules.get(extra);
  if (engines === undefined) enginesByExtraRules.set(extra, (engines = new Map<string, Engine>()));
  return engines;
}

function engineFor(extraRules: readonly Rule[] | undefined, categories: readonly Category[] | undefined): Engine {
  const extra = extraRules !== undefined && extraRules.length > 0 ? extraRules : undefined;
  const engines = enginesOf(extra);
  const key = categoriesKey(categories);
  let engine = engines.get(key);
  if (engine === undefined) {
    const rules = extra === undefined ? builtinRules : [...builtinRules, ...extra];
    engine = createEngine(categories === undefined ? rules : rules.filter((rule) => categories.includes(rule.category)));
    engines.set(key, engine);
  }
  return engine;
}

/**
 * Finds secrets, personal data and custom patterns in `text`. Overlapping findings are merged (the stricter
 * one stays), results are sorted by `start`, and no finding carries the matched value.
 */
export function detect(text: string, options: DetectOptions = {}): Finding[] {
  const categories = options.categories;
  if (categories !== undefined && categories.length === 0) return [];
  const findings = engineFor(options.extraRules, categories).detect(text);
  // A rule reports its own category; the filter holds that promise for rules from elsewhere (`extraRules`).
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
