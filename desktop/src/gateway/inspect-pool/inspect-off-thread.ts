import { inspect, type Finding, type Inspection, type InspectOptions, type Segment } from '@promptgate/shared';
import type { DetectPool } from './detect-pool';

/**
 * Below this many characters in all, detection runs inline: it takes well under a millisecond there, less
 * than the hop to a worker and back. Above it, it runs on the pool, so no prompt holds the event loop.
 */
export const OFF_THREAD_MIN_CHARS = 32 * 1024;

/**
 * The one pipeline (`inspect`), with detection on the pool for large requests. Deciding and rewriting stay
 * here: they need the conversation's vault and the keyed hash, and are linear in the text. Resolves with the
 * same inspection inline detection would give; rejects with an `InspectPoolError` when the pool cannot run it.
 */
export async function inspectOffThread(pool: DetectPool, segments: readonly Segment[], options: InspectOptions): Promise<Inspection> {
  let total = 0;
  for (const segment of segments) total += segment.text.length;
  if (total < OFF_THREAD_MIN_CHARS) return inspect(segments, options);
  const texts = segments.map((segment) => segment.text);
  const found = await pool.detect(texts, options.policy.custom);
  const byText = new Map<string, Finding[]>(texts.map((text, i) => [text, found[i]!]));
  const detectText = (text: string): Finding[] => {
    const findings = byText.get(text);
    // inspect asks for the texts it was given; anything else would go out undetected.
    if (!findings) throw new Error('inspectOffThread was asked to detect a text it did not send to the pool');
    return findings;
  };
  return inspect(segments, { ...options, detectText });
}
