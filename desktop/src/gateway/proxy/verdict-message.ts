import { findingTitle, type Action, type Inspection, type Policy } from '@promptgate/shared';
import { formatPath } from './json-text';
import type { TextField } from './types';

/** "GitHub token (rule detectors[2]) in messages[1].content": what and where, never the value. */
export function describeFindings(result: Inspection, texts: readonly TextField[], policy: Policy, action: Action): string {
  const parts = new Map<string, Set<string>>();
  result.segments.forEach((segment, i) => {
    for (const finding of segment.findings) {
      if (finding.action !== action) continue;
      const label = `${findingTitle(finding.type, policy)} (rule ${finding.rule})`;
      if (!parts.has(label)) parts.set(label, new Set());
      parts.get(label)!.add(formatPath(texts[i]!.path));
    }
  });
  const described = [...parts].map(([label, paths]) => `${label} in ${[...paths].slice(0, 3).join(', ')}${paths.size > 3 ? ` and ${paths.size - 3} more` : ''}`);
  // A size limit has no finding to point at: its reason says it all.
  for (const reason of result.reasons) if (reason.category === 'limit' && reason.action === action) described.push(`${findingTitle(reason.type, policy)} (rule ${reason.rule})`);
  return described.join('; ');
}

export function blockedMessage(result: Inspection, texts: readonly TextField[], policy: Policy): string {
  return (
    `promptgate blocked this request: ${describeFindings(result, texts, policy, 'block')}. ` +
    'Remove the value from the request and send it again, or ask your promptgate admin about the rule.'
  );
}
