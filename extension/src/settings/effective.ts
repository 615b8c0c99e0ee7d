import { cachedPolicyItem, gatewayUrlItem, tokenItem, type CachedPolicy } from './items';
import { readManaged } from './managed';

export interface EffectiveSettings {
  gatewayUrl: string;
  token: string | null;
  /** Managed fail mode beats the cached policy's; closed when nothing is known. */
  failMode: 'closed' | 'open';
  policy: CachedPolicy | null;
  locked: boolean;
}

let cached: Promise<EffectiveSettings> | undefined;

/**
 * The settings, read once and kept until storage changes: every Enter goes through here, and three storage
 * reads per prompt would be most of the extension's own latency.
 */
export function currentSettings(): Promise<EffectiveSettings> {
  return (cached ??= effectiveSettings().catch((error: unknown) => {
    cached = undefined;
    throw error;
  }));
}

/** Drops the kept settings; called on every storage change (ours, the options page's, an admin's). */
export function forgetSettings(): void {
  cached = undefined;
}

/** Settings as they apply: what an admin manages wins over what the person set. */
export async function effectiveSettings(): Promise<EffectiveSettings> {
  const [managed, gatewayUrl, token, policy] = await Promise.all([readManaged(), gatewayUrlItem.getValue(), tokenItem.getValue(), cachedPolicyItem.getValue()]);
  return {
    gatewayUrl: (managed.gatewayUrl ?? gatewayUrl).replace(/\/+$/, ''),
    token: managed.token ?? token,
    failMode: managed.failMode ?? policy?.failMode ?? 'closed',
    policy,
    locked: managed.lockedSettings ?? false,
  };
}
