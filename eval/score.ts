/**
 * Scoring rules, kept apart from I/O so the definitions are in one place.
 *
 * A labelled value counts as FOUND when a single finding of the value's category overlaps it and covers
 * more than half of its characters: |finding ∩ value| / |value| > MIN_COVERAGE. A finding that grabs a
 * whole connection string still finds the password inside it; one that catches only a prefix does not.
 * A negative text is a FALSE POSITIVE for its category when it gets any finding of that category.
 */
import type { Finding } from '../shared/src/index';
import type { Negative, Positive } from './schema';

export const MIN_COVERAGE = 0.5;

export const RULE_TEXT =
  `a labelled value is found when one finding of its category (secret | pii) overlaps it and covers more than ` +
  `${MIN_COVERAGE * 100}% of its characters; a negative text is a false positive for its category when it gets any finding of that category`;

export interface LabelResult {
  id: string;
  type: string;
  value: string;
  found: boolean;
  /** Best single-finding coverage of the value by its own category, 0..1. */
  coverage: number;
  /** Findings in the text that touch the value, any category, for the miss report. */
  touching: { type: string; category: string; coverage: number }[];
}

function coverage(f: Finding, start: number, end: number): number {
  const overlap = Math.min(f.end, end) - Math.max(f.start, start);
  return overlap > 0 ? overlap / (end - start) : 0;
}

/** All start offsets of `value` in `text`; the generator guarantees one, hand edits might add more. */
export function offsets(text: string, value: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(value); at !== -1; at = text.indexOf(value, at + 1)) out.push(at);
  return out;
}

export function scorePositive(line: Positive, findings: readonly Finding[]): LabelResult[] {
  return line.secrets.map(({ type, value }) => {
    let best = 0;
    const touching = new Map<Finding, number>();
    // If a value occurs more than once, any occurrence may satisfy the rule.
    for (const start of offsets(line.text, value)) {
      const end = start + value.length;
      for (const f of findings) {
        const c = coverage(f, start, end);
        if (c <= 0) continue;
        touching.set(f, Math.max(c, touching.get(f) ?? 0));
        if (f.category === line.category) best = Math.max(best, c);
      }
    }
    return {
      id: line.id,
      type,
      value,
      found: best > MIN_COVERAGE,
      coverage: best,
      touching: [...touching].map(([f, c]) => ({ type: f.type, category: f.category, coverage: c })),
    };
  });
}

export function falsePositiveFindings(line: Negative, findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.category === line.category);
}
