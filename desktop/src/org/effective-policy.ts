import { compileCustomDetectors, customFindingType, decide, listBuiltinRules, stricter, type Action, type Category, type DetectorRule, type Policy } from '@promptgate/shared';

/**
 * The policy as it applies to one person: the org policy with the overrides of the user's groups folded in,
 * so the pipeline (which decides without a groups context) enforces them. Exact for every finding type the
 * gateway knows (built-in and custom detectors): for each type the group layers' strictest rule replaces the
 * base rule, and a site override that has a rule for the type also takes the groups' into account — the same
 * answer `decide` gives with `{ groups }`. Unknown types (none today) keep the base rules.
 */
export function applyGroups(policy: Policy, groups: readonly string[]): Policy {
  const layers = [...new Set(groups)].map((g) => policy.overrides.groups[g]?.detectors).filter((rules): rules is DetectorRule[] => rules !== undefined);
  if (layers.length === 0) return { ...policy, overrides: { ...policy.overrides, groups: {} } };

  const types = knownTypes(policy);
  const groupAction = (type: string, category: Category): Action | undefined => {
    let action: Action | undefined;
    for (const rules of layers) {
      const found = resolve(rules, type, category);
      if (found) action = action ? stricter(action, found) : found;
    }
    return action;
  };
  const baseProbe: Policy = { ...policy, overrides: { sites: {}, groups: {} } };
  const baseAction = (type: string, category: Category): Action => decide([finding(type, category)], {}, baseProbe).action;

  const exactBase: DetectorRule[] = types.map(({ type, category }) => ({ type, action: groupAction(type, category) ?? baseAction(type, category) }));
  const known = new Set(types.map((t) => t.type));
  const sites = Object.fromEntries(
    Object.entries(policy.overrides.sites).map(([pattern, override]) => {
      const exact: DetectorRule[] = [];
      for (const { type, category } of types) {
        const own = resolve(override.detectors, type, category);
        if (own) exact.push({ type, action: stricter(own, groupAction(type, category) ?? own) });
      }
      return [pattern, { detectors: [...exact, ...withoutExact(override.detectors, known)] }];
    }),
  );
  return {
    ...policy,
    detectors: [...exactBase, ...withoutExact(policy.detectors, known)],
    // A custom detector's action is an exact rule of its own; it takes the folded answer too.
    custom: policy.custom.map((detector) => ({ ...detector, action: exactBase.find((rule) => rule.type === customFindingType(detector.id))!.action })),
    overrides: { sites, groups: {} },
  };
}

function knownTypes(policy: Policy): Array<{ type: string; category: Category }> {
  const builtin = listBuiltinRules().map((rule) => ({ type: rule.id, category: rule.category }));
  const custom = compileCustomDetectors(policy.custom).map((rule) => ({ type: rule.id, category: rule.category }));
  return [...builtin, ...custom];
}

/** The action of the most specific rule in `rules` for this type, or undefined when none matches. */
const probes = new WeakMap<readonly DetectorRule[], Policy>();

function resolve(rules: readonly DetectorRule[], type: string, category: Category): Action | undefined {
  let probe = probes.get(rules);
  if (!probe) {
    probe = { ...EMPTY, detectors: [...rules] };
    probes.set(rules, probe);
  }
  const verdict = decide([finding(type, category)], {}, probe);
  return verdict.reasons[0]?.rule === 'default' ? undefined : verdict.action;
}

function withoutExact(rules: readonly DetectorRule[], known: ReadonlySet<string>): DetectorRule[] {
  return rules.filter((rule) => rule.type === undefined || rule.type.includes('*') || !known.has(rule.type));
}

function finding(type: string, category: Category) {
  return { type, category, start: 0, end: 1, severity: 'high' as const, confidence: 1 };
}

const EMPTY: Policy = {
  version: 1,
  name: 'probe',
  detectors: [],
  defaultAction: 'allow',
  custom: [],
  overrides: { sites: {}, groups: {} },
  approval: { approvers: 'local', timeoutSeconds: 300, allowSelfApproval: false },
  warn: { allowSendOriginal: false, requireJustification: true },
  logging: { storeMaskedPrompts: true, storeMaskedResponses: false, retentionDays: 90, ship: false },
  failMode: 'closed',
  restoreResponses: true,
  sdk: { allowClientProviderKeys: false, unknownEndpoints: 'block', warnAction: 'redact' },
  toolCalls: { builtinPack: true, disabled: [], rules: [] },
  limits: {},
};
