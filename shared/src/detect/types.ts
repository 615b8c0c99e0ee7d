/** What kind of thing a finding is: a credential, personal or payment data, or an org-defined pattern. */
export type Category = 'secret' | 'pii' | 'custom';

/** How bad it is if the value leaves. Ordered; see `severityRank`. */
export type Severity = 'low' | 'medium' | 'high' | 'critical';

const SEVERITY_RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2, critical: 3 };
export function severityRank(severity: Severity): number {
  return SEVERITY_RANK[severity];
}

/**
 * One detected value. Offsets are JavaScript string offsets (UTF-16 code units) into the scanned text,
 * `end` exclusive. A finding never carries the value itself: callers slice the text when they must.
 */
export interface Finding {
  /** Stable rule id, e.g. `github-pat`, `email`, `custom:customer-id`. */
  type: string;
  category: Category;
  start: number;
  end: number;
  severity: Severity;
  /** 0..1: how sure the rule is that this is the real thing (prefixed formats ~0.99, generic entropy ~0.6). */
  confidence: number;
}
