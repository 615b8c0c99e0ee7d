import type { DecisionContext, VerdictReason } from '../policy/decide';
import type { Policy } from '../policy/schema';
import type { SizeLimit } from '../policy/size-limits-schema';
import type { Segment, SegmentKind } from './segment';

/** The finding-like types a size limit reports under: reasons, titles and logs name them. */
export const PROMPT_SIZE_LIMIT = 'prompt-size-limit';
export const FILE_SIZE_LIMIT = 'file-size-limit';

/** Which limit a segment falls under: a person's prompt and pastes, or a file; history and system text under none. */
const LIMIT_OF: Partial<Record<SegmentKind, 'prompt' | 'file'>> = { prompt: 'prompt', paste: 'prompt', file: 'file' };

/** A token estimate without a tokenizer: about 4 characters each in English and code, the usual rule of thumb. */
export function estimatedTokens(chars: number): number {
  return Math.ceil(chars / 4);
}

function exceeds(limit: SizeLimit, chars: number): boolean {
  return (limit.maxChars !== undefined && chars > limit.maxChars) || (limit.maxTokens !== undefined && estimatedTokens(chars) > limit.maxTokens);
}

/**
 * The policy's size limits as verdict reasons: one per limit that a segment goes past (however many do). A
 * client nobody can ask (`sdk`) gets `sdk.warnAction` for `warn`, as for findings.
 */
export function sizeLimitReasons(segments: readonly Segment[], policy: Policy, context: DecisionContext): VerdictReason[] {
  const reasons: VerdictReason[] = [];
  for (const which of ['prompt', 'file'] as const) {
    const limit = policy.limits[which];
    if (limit === undefined) continue;
    const count = segments.filter((segment) => LIMIT_OF[segment.kind] === which && exceeds(limit, segment.text.length)).length;
    if (count === 0) continue;
    const action = context.client === 'sdk' && limit.action === 'warn' ? policy.sdk.warnAction : limit.action;
    reasons.push({ type: which === 'prompt' ? PROMPT_SIZE_LIMIT : FILE_SIZE_LIMIT, category: 'limit', action, count, rule: `limits.${which}` });
  }
  return reasons;
}

/** "Prompt longer than the policy allows (at most 100,000 characters)": what a person reads about a limit. */
export function sizeLimitTitle(type: string, policy: Policy): string | undefined {
  const which = type === PROMPT_SIZE_LIMIT ? 'prompt' : type === FILE_SIZE_LIMIT ? 'file' : undefined;
  const limit = which === undefined ? undefined : policy.limits[which];
  if (limit === undefined) return undefined;
  const bounds = [
    limit.maxChars === undefined ? undefined : `${limit.maxChars.toLocaleString('en-US')} characters`,
    limit.maxTokens === undefined ? undefined : `about ${limit.maxTokens.toLocaleString('en-US')} tokens`,
  ].filter((bound) => bound !== undefined);
  return `${which === 'prompt' ? 'Prompt' : 'File'} longer than the policy allows (at most ${bounds.join(' and ')})`;
}
