import type { Category, Finding } from '../detect/types';
import { stricter, type Action } from './action';
import { customFindingType } from './custom-detectors';
import { hostMatches, normalizeHost } from './host-pattern';
import { formatPath } from './issue-path';
import { compileRuleSet, type MatchedRule, type RuleSet } from './rule-set';
import type { Policy } from './schema';

export interface DecisionContext {
  /** Hostname of the chat site, e.g. `chatgpt.com`. */
  site?: string;
  /** The user's groups, for group overrides. */
  groups?: readonly string[];
  /** `sdk` clients cannot be asked, so `warn` becomes `policy.sdk.warnAction` for them. */
  client?: 'browser' | 'sdk';
}

export interface VerdictReason {
  type: string;
  /** `limit`: a size limit of the policy (`limits`), not a finding. */
  category: Category | 'limit';
  action: Action;
  count: number;
  /** The policy rule that decided: `detectors[1]`, `custom[0]`, `overrides.sites["chatgpt.com"].detectors[0]`, `default`. */
  rule: string;
}

export interface FindingDecision {
  /** Index into the findings passed to `decide`. */
  index: number;
  action: Action;
  rule: string;
}

export interface Verdict {
  action: Action;
  reasons: VerdictReason[];
  findings: FindingDecision[];
}

interface CompiledPolicy {
  base: RuleSet;
  sites: Array<{ pattern: string; rules: RuleSet }>;
  groups: Map<string, RuleSet>;
}

const compiledPolicies = new WeakMap<Policy, CompiledPolicy>();

function compile(policy: Policy): CompiledPolicy {
  const base = compileRuleSet([
    ...policy.detectors.map((rule, i) => ({ rule, label: `detectors[${i}]` })),
    // A custom detector's own action is an exact-type rule, as specific as naming its type in `detectors`.
    ...policy.custom.map((detector, i) => ({ rule: { type: customFindingType(detector.id), action: detector.action }, label: `custom[${i}]` })),
  ]);
  const override = (kind: 'sites' | 'groups', key: string, rules: Policy['detectors']): RuleSet =>
    compileRuleSet(rules.map((rule, i) => ({ rule, label: formatPath(['overrides', kind, key, 'detectors', i]) })));
  return {
    base,
    sites: Object.entries(policy.overrides.sites).map(([pattern, o]) => ({ pattern, rules: override('sites', pattern, o.detectors) })),
    groups: new Map(Object.entries(policy.overrides.groups).map(([name, o]) => [name, override('groups', name, o.detectors)])),
  };
}

function overrideLayers(compiled: CompiledPolicy, context: DecisionContext): RuleSet[] {
  const layers: RuleSet[] = [];
  if (context.site) {
    const host = normalizeHost(context.site);
    for (const site of compiled.sites) if (hostMatches(site.pattern, host)) layers.push(site.rules);
  }
  for (const group of new Set(context.groups ?? [])) {
    const rules = compiled.groups.get(group);
    if (rules) layers.push(rules);
  }
  return layers;
}

/**
 * Decides what happens to a prompt. Per finding: if any applicable override (matching site patterns, the
 * user's groups) has a rule for it, the strictest of those overrides decides; otherwise the base rules do;
 * otherwise `defaultAction`. Within one rule list the most specific rule wins (exact type > type glob >
 * category > `*`), ties going to the stricter action. An override's broad rule therefore beats a base exact
 * rule: an override says "on this site / for this group, these rules apply". The verdict is the strictest
 * finding action; no findings → allow. Pure; compiled rules are cached per policy object.
 */
export function decide(findings: readonly Finding[], context: DecisionContext, policy: Policy): Verdict {
  let compiled = compiledPolicies.get(policy);
  if (!compiled) {
    compiled = compile(policy);
    compiledPolicies.set(policy, compiled);
  }
  const layers = overrideLayers(compiled, context);
  const fallback: MatchedRule = { action: policy.defaultAction, label: 'default' };

  let action: Action = 'allow';
  const decisions: FindingDecision[] = [];
  const reasons = new Map<string, VerdictReason>();
  findings.forEach((finding, index) => {
    let matched: MatchedRule | undefined;
    for (const layer of layers) {
      const candidate = layer.resolve(finding.type, finding.category);
      if (candidate && (matched === undefined || stricter(candidate.action, matched.action) !== matched.action)) matched = candidate;
    }
    matched ??= compiled.base.resolve(finding.type, finding.category) ?? fallback;
    const findingAction = context.client === 'sdk' && matched.action === 'warn' ? policy.sdk.warnAction : matched.action;

    action = stricter(action, findingAction);
    decisions.push({ index, action: findingAction, rule: matched.label });
    const key = `${finding.type}\u0000${findingAction}\u0000${matched.label}`;
    const reason = reasons.get(key);
    if (reason) reason.count++;
    else reasons.set(key, { type: finding.type, category: finding.category, action: findingAction, count: 1, rule: matched.label });
  });
  return { action, reasons: [...reasons.values()], findings: decisions };
}
