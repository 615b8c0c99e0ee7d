import type { Finding } from './types';

/**
 * The name inside a redaction placeholder (`[GITHUB_PAT_1]`): the finding's type as a constant name (a digit
 * may lead: `1PASSWORD_…`), `_`, a number. Redaction writes placeholders with it; detection must know them,
 * since a model echoes them back and a text may hold them from an earlier turn.
 */
export const PLACEHOLDER_NAME = '[A-Z0-9][A-Z0-9_]*_\\d+';

/** A placeholder in a value or a text, with bounded runs: it is searched for around findings and in values. */
export const REDACTION_PLACEHOLDER = /\[[A-Z0-9][A-Z0-9_]{0,80}_\d{1,6}\]/;
const PLACEHOLDER = new RegExp(REDACTION_PLACEHOLDER.source, 'g');
/** How far before a finding a placeholder that runs into it may start. */
const REACH = 90;
/** The shortest part of a finding left beside a placeholder that is kept: a secret glued to one. */
const MIN_REST = 8;

/**
 * Findings with the redaction placeholders they overlap cut out. A placeholder is no secret, and a finding
 * that took one in (`TOKEN: \n\n[GCP_API_KEY_1]` read as a value in a JSON-escaped line) would have the
 * placeholder masked over and its original never restored. What is left beside a placeholder stays found when
 * it is long enough to be a secret of its own (`[GCP_API_KEY_1]Xk9mQ2vL7pR4tW8z`).
 */
export function withoutPlaceholders(text: string, findings: Finding[]): Finding[] {
  if (findings.length === 0 || text.indexOf('_') < 0) return findings;
  let changed = false;
  const kept: Finding[] = [];
  for (const finding of findings) {
    const overlapping = placeholdersIn(text, finding.start, finding.end);
    if (overlapping.length === 0) {
      kept.push(finding);
      continue;
    }
    changed = true;
    let from = finding.start;
    for (const [start, end] of overlapping) {
      if (start - from >= MIN_REST) kept.push({ ...finding, start: from, end: start });
      from = Math.max(from, end);
    }
    if (finding.end - from >= MIN_REST) kept.push({ ...finding, start: from, end: finding.end });
  }
  return changed ? kept : findings;
}

/** The placeholders that overlap `[start, end)`, in order. */
function placeholdersIn(text: string, start: number, end: number): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  PLACEHOLDER.lastIndex = Math.max(0, start - REACH);
  for (let match = PLACEHOLDER.exec(text); match !== null && match.index < end; match = PLACEHOLDER.exec(text)) {
    if (match.index + match[0].length > start) found.push([match.index, match.index + match[0].length]);
  }
  return found;
}
