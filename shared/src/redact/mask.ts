import type { Finding } from '../detect/types';
import { placeholderType } from './placeholder';
import { replaceableSpans } from './spans';

/**
 * Replaces every finding with its bare type, `[GITHUB_PAT]`, without a vault: for masked session records and
 * audit events, where nothing should be restorable and equal values should not even be linkable.
 */
export function maskForLog(text: string, findings: readonly Finding[], include: (finding: Finding, index: number) => boolean = () => true): string {
  let out = '';
  let cursor = 0;
  for (const { finding } of replaceableSpans(text, findings, include)) {
    out += text.slice(cursor, finding.start) + `[${placeholderType(finding.type)}]`;
    cursor = finding.end;
  }
  return out + text.slice(cursor);
}
