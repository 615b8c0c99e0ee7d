import { inspect, type Finding, type Inspection, type InspectOptions, type Segment } from '@promptgate/shared';
import type { DetectPool } from './detect-pool';

/**
 * Below this many characters in all, detection runs inline: it takes well under a millisecond there, less
 * than the hop to a worker and back. Above it, it runs on the pool, so no prompt holds the event loop.
 */
export const OFF_THREAD_MIN_CHARS = 32 * 1024;

/**
 * How long a caller's own detector (`InspectOptions.detectText`, the SDK proxy's memo of texts it has seen)
 * may run inline for one request before the remaining texts go to the pool. A memo answers an agent's resent
 * history in microseconds, and the pool never sees what it remembers; a history it has never seen costs real
 * detection, and only this much of it is done on the event loop.
 */
export const INLINE_BUDGET_MS = 4;

/**
 * The one pipeline (`inspect`), with detection on the pool for large requests. Deciding and rewriting stay
 * here: they need the conversation's vault and the keyed hash, and are linear in the text. Resolves with the
 * same inspection inline detection would give; rejects with an `InspectPoolError` when the pool cannot run it.
 */
export async function inspectOffThread(pool: DetectPool, segments: readonly Segment[], options: InspectOptions, inlineBudgetMs = INLINE_BUDGET_MS): Promise<Inspection> {
  let total = 0;
  for (const segment of segments) total += segment.text.length;
  if (total < OFF_THREAD_MIN_CHARS) return inspect(segments, options);

  const found = new Map<string, Finding[]>();
  const offThread = new Set<string>();
  const own = options.detectText;
  const started = performance.now();
  for (const { text } of segments) {
    if (found.has(text) || offThread.has(text)) continue;
    const inline = own !== undefined && text.length < OFF_THREAD_MIN_CHARS && performance.now() - started < inlineBudgetMs;
    if (inline) found.set(text, own(text));
    else offThread.add(text);
  }
  if (offThread.size > 0) {
    const texts = [...offThread];
    const detected = await pool.detect(texts, options.policy.custom);
    texts.forEach((text, i) => found.set(text, detected[i]!));
  }
  const detectText = (text: string): Finding[] => {
    const findings = found.get(text);
    // inspect asks for the texts it was given; anything else would go out undetected.
    if (!findings) throw new Error('inspectOffThread was asked to detect a text it did not see');
    return findings;
  };
  return inspect(segments, { ...options, detectText });
}
