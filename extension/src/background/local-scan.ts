import { defaultPolicy, inspect, policySchema, Vault, type InspectResponse, type Policy, type Segment } from '@promptgate/shared';
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
  const verdict = result.action === 'hold' ? 'block' : result.action;
  const findings = result.segments.flatMap((segment) =>
    segment.findings.map((f) => ({ segmentId: segment.id, type: f.type, title: f.type, category: f.category, severity: f.severity, action: f.action, placeholder: f.placeholder, start: f.start, end: f.end, preview: f.preview })),
  );
  return {
    eventId: `local-${crypto.randomUUID()}`,
    verdict,
    segments: result.segments.map(({ id, text }) => ({ id, text })),
    findings,
    reasons: result.reasons.map((r) => ({ ...r, title: r.type })),
    ...(verdict === 'warn' ? { warn: { allowSendOriginal: false, requireJustification: false } } : {}),
    ...(verdict === 'block' ? { message: 'promptgate on this computer cannot be reached, and this prompt needs it (an approval, or a value your policy blocks). Remove the flagged values, or open the promptgate app and send again. If it does not start, ask IT.' } : {}),
    policy: { name: policy.name, version: policy.version, source: 'cache', failMode: 'open', restoreResponses: false },
  };
}
