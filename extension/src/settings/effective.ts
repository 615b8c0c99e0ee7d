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
