export { ACTIONS, actionSchema, stricter, actionRank, type Action } from './action';
export {
  policySchema,
  detectorRuleSchema,
  customDetectorSchema,
  hostPatternSchema,
  type Policy,
  type PolicyInput,
  type DetectorRule,
  type CustomDetector,
  type PolicyOverride,
} from './schema';
export { defaultPolicy, defaultPolicyInput } from './default-policy';
export { loadPolicy, type LoadPolicyResult, type PolicyError } from './load';
export { compileCustomDetectors, customFindingType } from './custom-detectors';
export { decide, type DecisionContext, type Verdict, type VerdictReason, type FindingDecision } from './decide';
export { hostMatches, normalizeHost } from './host-pattern';
export { formatPath as formatIssuePath } from './issue-path';
