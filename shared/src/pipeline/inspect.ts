import { detect } from '../detect/detect';
import type { Rule } from '../detect/rule';
import type { Category, Finding, Severity } from '../detect/types';
import { stricter, type Action } from '../policy/action';
import { decide, type DecisionContext, type VerdictReason } from '../policy/decide';
import type { Policy } from '../policy/schema';
import { maskedPreview } from '../redact/preview';
import { redact } from '../redact/redact';
import type { Vault } from '../redact/vault';
import type { Segment } from './segment';
import { sizeLimitReasons } from './size-limits';

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
  /** Position in the segment's `text`: of the placeholder when replaced, of the value when it is sent as is. */
  start: number;
  end: number;
  /** Position of the placeholder in `maskedText`. */
  maskedStart: number;
  maskedEnd: number;
  /** A recognisable but safe preview of the value, e.g. `ghp_******** (40 chars)`. */
  preview: string;
  /** `hashValue(value)` when the caller passed one: lets a log link equal values without holding them. */
  valueHash?: string;
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
  /** A keyed one-way hash for the record (HMAC in the gateway); the raw value goes nowhere else. */
  hashValue?: (value: string) => string;
  /**
   * Detection for one segment's text (`index` in `segments`), in place of running the engine with `extraRules`:
   * a caller that sees the same texts again and again (an agent resends its whole history on every call) may
   * remember them.
   */
  detectText?: (text: string, index?: number) => Finding[];
}

/**
 * The one pipeline every entry point uses: detect in every segment, decide over all findings together (the
 * strictest wins), and rewrite each segment twice — the text to send and the fully masked text to record.
 */
export function inspect(segments: readonly Segment[], options: InspectOptions): Inspection {
  const detectText = options.detectText ?? ((text: string) => detect(text, { extraRules: options.extraRules }));
  const perSegment = segments.map((segment, index) => detectText(segment.text, index));
  const all: Finding[] = perSegment.flat();
  const verdict = decide(all, options.context, options.policy);
  // A prompt or file past the policy's size limits: a reason of its own, with no finding to point at.
  const limits = sizeLimitReasons(segments, options.policy, options.context);
  const action = limits.reduce((strictest, reason) => stricter(strictest, reason.action), verdict.action);

  let offset = 0;
  const inspected = segments.map((segment, s): InspectedSegment => {
    const findings = perSegment[s]!;
    const decisions = verdict.findings.slice(offset, offset + findings.length);
    offset += findings.length;
    const replaced = (index: number) => REPLACED_WHEN_SENT.has(decisions[index]!.action);
    const sent = redact(segment.text, findings, options.vault, { include: (_f, i) => replaced(i) });
    const masked = redact(segment.text, findings, options.vault);
    const sentPlaceholders = new Map(sent.replacements.map((r) => [r.index, r]));
    // Shift of positions in `text` against the original, grown by each replacement before the finding.
    let shift = 0;
    return {
      id: segment.id,
      text: sent.text,
      maskedText: masked.text,
      findings: masked.replacements.map((replacement) => {
        const finding = findings[replacement.index]!;
        const decision = decisions[replacement.index]!;
        const inSent = sentPlaceholders.get(replacement.index);
        const start = inSent ? inSent.start : finding.start + shift;
        const end = inSent ? inSent.end : finding.end + shift;
        if (inSent) shift += inSent.end - inSent.start - (finding.end - finding.start);
        const value = segment.text.slice(finding.start, finding.end);
        const valueHash = options.hashValue?.(value);
        return {
          type: finding.type,
          category: finding.category,
          severity: finding.severity,
          confidence: finding.confidence,
          action: decision.action,
          rule: decision.rule,
          placeholder: replacement.placeholder,
          start,
          end,
          maskedStart: replacement.start,
          maskedEnd: replacement.end,
          preview: maskedPreview(value),
          ...(valueHash === undefined ? {} : { valueHash }),
        };
      }),
    };
  });
  return { action, reasons: [...verdict.reasons, ...limits], segments: inspected, findingCount: all.length };
}
