import { detect } from '../detect/detect';
import type { Rule } from '../detect/rule';
import type { Category, Finding, Severity } from '../detect/types';
import type { Action } from '../policy/action';
import { decide, type DecisionContext, type VerdictReason } from '../policy/decide';
import type { Policy } from '../policy/schema';
import { redact } from '../redact/redact';
import type { Vault } from '../redact/vault';
import type { Segment } from './segment';

/** Actions whose findings never leave in clear, whatever the verdict does with the rest of the prompt. */
const REPLACED_WHEN_SENT: ReadonlySet<Action> = new Set(['redact', 'warn', 'block']);

/** A finding as callers may show and record it: positions in the rewritten text, no value. */
export interface InspectedFinding {
  type: string;
  category: Category;
  severity: Severity;
  confidence: number;
  /** What policy says about this finding. */
  action: Action;
  /** The rule that decided, e.g. `detectors[0]`. */
  rule: string;
  placeholder: string;
  /** Position of the placeholder in `maskedText`. */
  start: number;
  end: number;
}

export interface InspectedSegment {
  id: string;
  /** What may be sent: findings whose action is redact, warn or block replaced by their placeholders. */
  text: string;
  /** Every finding replaced: for logs and for people who decide, never restorable without the vault. */
  maskedText: string;
  findings: InspectedFinding[];
}

export interface Inspection {
  action: Action;
  reasons: VerdictReason[];
  segments: InspectedSegment[];
  /** Findings in all segments. */
  findingCount: number;
}

export interface InspectOptions {
  policy: Policy;
  context: DecisionContext;
  /** The conversation's vault: the same value keeps its placeholder across prompts. */
  vault: Vault;
  /** The policy's custom detectors, compiled once per policy with `compileCustomDetectors`. */
  extraRules?: readonly Rule[];
}

/**
 * The one pipeline every entry point uses: detect in every segment, decide over all findings together (the
 * strictest wins), and rewrite each segment twice — the text to send and the fully masked text to record.
 */
export function inspect(segments: readonly Segment[], options: InspectOptions): Inspection {
  const perSegment = segments.map((segment) => detect(segment.text, { extraRules: options.extraRules }));
  const all: Finding[] = perSegment.flat();
  const verdict = decide(all, options.context, options.policy);

  let offset = 0;
  const inspected = segments.map((segment, s): InspectedSegment => {
    const findings = perSegment[s]!;
    const decisions = verdict.findings.slice(offset, offset + findings.length);
    offset += findings.length;
    const sent = redact(segment.text, findings, options.vault, { include: (_f, i) => REPLACED_WHEN_SENT.has(decisions[i]!.action) });
    const masked = redact(segment.text, findings, options.vault);
    return {
      id: segment.id,
      text: sent.text,
      maskedText: masked.text,
      findings: masked.replacements.map((replacement) => {
        const finding = findings[replacement.index]!;
        const decision = decisions[replacement.index]!;
        return {
          type: finding.type,
          category: finding.category,
          severity: finding.severity,
          confidence: finding.confidence,
          action: decision.action,
          rule: decision.rule,
          placeholder: replacement.placeholder,
          start: replacement.start,
          end: replacement.end,
        };
      }),
    };
  });
  return { action: verdict.action, reasons: verdict.reasons, segments: inspected, findingCount: all.length };
}
