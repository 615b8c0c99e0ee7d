export type { Category, Finding, Severity } from './detect/types';
export { severityRank } from './detect/types';
export type { Rule, TokenRule, ContextRule, RegexRule, ScannerRule, RuleFixtures } from './detect/rule';
export { createEngine, type Engine } from './detect/engine';
export { detect, listBuiltinRules, type DetectOptions } from './detect/detect';
export * from './redact/index';
export * from './policy/index';
export type { Segment, SegmentKind } from './pipeline/segment';
export { inspect, type Inspection, type InspectedSegment, type InspectedFinding, type InspectOptions } from './pipeline/inspect';
