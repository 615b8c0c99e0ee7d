import type { Category, Finding } from '../detect/types';
import { replaceableSpans } from './spans';
import type { Vault } from './vault';

export interface Replacement {
  /** Index of the finding in the array passed to `redact`. */
  index: number;
  type: string;
  category: Category;
  placeholder: string;
  /** Position of the placeholder in the redacted text (not the original), `end` exclusive. */
  start: number;
  end: number;
}

export interface RedactOptions {
  /** Which findings to replace; default all. Policy decides this (e.g. only findings whose action is `redact`). */
  include?: (finding: Finding, index: number) => boolean;
}

export interface RedactResult {
  text: string;
  replacements: Replacement[];
}

/**
 * Replaces each selected finding's value with its conversation placeholder. Replacements carry positions in
 * the rewritten text, because that is the text callers show and record; they never carry the value.
 */
export function redact(text: string, findings: readonly Finding[], vault: Vault, options: RedactOptions = {}): RedactResult {
  const spans = replaceableSpans(text, findings, options.include ?? (() => true));
  const isTaken = (placeholder: string): boolean => text.includes(placeholder);
  const parts: string[] = [];
  const replacements: Replacement[] = [];
  let cursor = 0;
  let outLength = 0;
  for (const { finding, index } of spans) {
    const before = text.slice(cursor, finding.start);
    const placeholder = vault.placeholderFor(finding.type, text.slice(finding.start, finding.end), isTaken);
    parts.push(before, placeholder);
    outLength += before.length;
    replacements.push({
      index,
      type: finding.type,
      category: finding.category,
      placeholder,
      start: outLength,
      end: outLength + placeholder.length,
    });
    outLength += placeholder.length;
    cursor = finding.end;
  }
  parts.push(text.slice(cursor));
  return { text: parts.join(''), replacements };
}
