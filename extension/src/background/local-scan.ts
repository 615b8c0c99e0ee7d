import { defaultPolicy, inspect, inspectAnswer, policySchema, Vault, type InspectResponse, type Policy, type Segment } from '@promptgate/shared';
import type { CachedPolicy } from '../settings/items';

/** Conversations scanned locally keep their placeholders stable, like the gateway's vaults. */
const vaults = new Map<string, Vault>();

function policyOf(cached: CachedPolicy | null): Policy {
  const parsed = policySchema.safeParse(cached?.policy);
  return parsed.success ? parsed.data : defaultPolicy;
}

/**
 * Fail-open mode: the bundled engine decides when the gateway cannot. Nobody can approve or record here, so
 * `hold` becomes `block`, and `warn` can only send the redacted text. The original never leaves unscanned.
 */
export function scanLocally(site: string, conversationId: string, segments: readonly Segment[], cached: CachedPolicy | null): InspectResponse {
  const policy = policyOf(cached);
  const key = `${site}\n${conversationId}`;
  let vault = vaults.get(key);
  if (!vault) vaults.set(key, (vault = new Vault()));
  const result = inspect(segments, { policy, context: { site, client: 'browser' }, vault });
  const answer = inspectAnswer(result, policy, `local-${crypto.randomUUID()}`, {
    name: policy.name,
    version: policy.version,
    source: 'cache',
    failMode: 'open',
    restoreResponses: false,
  });
  if (answer.verdict === 'hold') answer.verdict = 'block';
  if (answer.verdict === 'warn') answer.warn = { allowSendOriginal: false, requireJustification: false };
  if (answer.verdict === 'block') {
    answer.message =
      'promptgate on this computer cannot be reached, and this prompt needs it (an approval, or a value your policy blocks). Remove the flagged values, or open the promptgate app and send again. If it does not start, ask IT.';
  }
  return answer;
}
