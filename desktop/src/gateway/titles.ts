import { builtinRuleTitle, customFindingType, type Policy } from '@promptgate/shared';

const customTitles = new WeakMap<Policy, Map<string, string>>();

/** The human name of a finding type: the rule's title, the custom detector's title, or the id itself. */
export function findingTitle(type: string, policy: Policy): string {
  const builtin = builtinRuleTitle(type);
  if (builtin) return builtin;
  let titles = customTitles.get(policy);
  if (!titles) {
    titles = new Map(policy.custom.map((detector) => [customFindingType(detector.id), detector.title ?? detector.id]));
    customTitles.set(policy, titles);
  }
  return titles.get(type) ?? type;
}
