import { decide, detect, placeholderType, type Category, type Finding, type Policy, type Rule } from '@promptgate/shared';

export interface ModelSecretOptions {
  policy: Policy;
  extraRules: readonly Rule[];
}

const SECRETS: readonly Category[] = ['secret'];

/**
 * Secrets in model output that the client did not send: a key recalled from training data, one read by a
 * server-side tool, one invented that happens to be live. They are masked as `[TYPE]` (no number, nothing to
 * restore) before placeholders are restored, so the client's own restored values are never touched. Only the
 * secret category: a model writing an email address or a phone number leaks nothing of the client's.
 */
export function secretFindings(text: string, options: ModelSecretOptions): Finding[] {
  // Only the secret rules run: a stream is checked a window at a time, and the rest would be half the work.
  const findings = detect(text, { extraRules: options.extraRules, categories: SECRETS });
  if (findings.length === 0) return findings;
  const verdict = decide(findings, { client: 'sdk' }, options.policy);
  return findings.filter((_finding, i) => verdict.findings[i]!.action !== 'allow');
}

/** `text` from `from` on, with the given findings masked; findings starting before `from` are masked from there. */
export function maskFrom(text: string, findings: readonly Finding[], from: number): string {
  let out = '';
  let cursor = from;
  for (const finding of [...findings].sort((a, b) => a.start - b.start)) {
    if (finding.end <= cursor) continue;
    out += text.slice(cursor, Math.max(cursor, finding.start)) + `[${placeholderType(finding.type)}]`;
    cursor = finding.end;
  }
  return out + text.slice(cursor);
}

export function maskModelSecrets(text: string, options: ModelSecretOptions): { text: string; count: number } {
  const findings = secretFindings(text, options);
  return findings.length === 0 ? { text, count: 0 } : { text: maskFrom(text, findings, 0), count: findings.length };
}
