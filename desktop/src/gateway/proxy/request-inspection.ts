import { inspect, type Finding, type Inspection, type InspectOptions, type Segment } from '@promptgate/shared';
import type { DetectPool } from '../inspect-pool/detect-pool';
import { OFF_THREAD_MIN_CHARS } from '../inspect-pool/inspect-off-thread';
import type { DetectionMemo } from './detection-memo';

/**
 * The proxy's inspection (`inspect`, the one pipeline): texts seen before are answered by the memo; the rest
 * are detected inline when they are few, on the worker pool when they add up to a large request, so no
 * history holds the event loop. What the pool finds is remembered too: an agent's next call, which resends
 * that history, finds all of it known and goes nowhere near the pool.
 */
export async function inspectRequest(pool: Pick<DetectPool, 'detect'>, memo: DetectionMemo, segments: readonly Segment[], options: InspectOptions): Promise<Inspection> {
  const rules = options.extraRules;
  const found = new Map<string, Finding[]>();
  const unknown = new Set<string>();
  let unknownChars = 0;
  for (const { text } of segments) {
    if (found.has(text) || unknown.has(text)) continue;
    const known = memo.known(text, rules);
    if (known) found.set(text, known);
    else {
      unknown.add(text);
      unknownChars += text.length;
    }
  }
  if (unknownChars < OFF_THREAD_MIN_CHARS) {
    const detect = memo.detector(rules);
    for (const text of unknown) found.set(text, detect(text));
  } else {
    const texts = [...unknown];
    const detected = await pool.detect(texts, options.policy.custom);
    texts.forEach((text, i) => {
      found.set(text, detected[i]!);
      memo.remember(text, rules, detected[i]!);
    });
  }
  const detectText = (text: string): Finding[] => {
    const findings = found.get(text);
    // inspect asks only for the texts it was given; any other would go out undetected.
    if (!findings) throw new Error('the proxy was asked to detect a text it did not see');
    return findings;
  };
  return inspect(segments, { ...options, detectText });
}
