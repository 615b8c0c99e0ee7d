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
  const entries = segments.map(({ text }) => memo.entry(text, rules));
  // By segment index: a Map keyed by the texts would hash megabytes of them once more.
  const found: Array<Finding[] | undefined> = entries.map((entry) => entry.known);
  const unknown: number[] = [];
  let unknownChars = 0;
  found.forEach((findings, i) => {
    if (findings) return;
    unknown.push(i);
    unknownChars += segments[i]!.text.length;
  });
  if (unknownChars < OFF_THREAD_MIN_CHARS) {
    for (const i of unknown) found[i] = entries[i]!.detect();
  } else {
    const detected = await pool.detect(
      unknown.map((i) => segments[i]!.text),
      options.policy.custom,
    );
    unknown.forEach((i, k) => {
      found[i] = detected[k]!;
      entries[i]!.remember(detected[k]!);
    });
  }
  const detectText = (text: string, index?: number): Finding[] => {
    const findings = index === undefined ? undefined : found[index];
    // inspect asks for each segment's own text; anything else would go out undetected.
    if (!findings || segments[index!]!.text !== text) throw new Error('the proxy was asked to detect a text it did not see');
    return findings;
  };
  return inspect(segments, { ...options, detectText });
}
