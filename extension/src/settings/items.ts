import { storage } from 'wxt/utils/storage';

export const DEFAULT_GATEWAY_URL = 'http://127.0.0.1:8787';

/** What the options page sets: where the gateway is and the token pairing gave us. */
export const gatewayUrlItem = storage.defineItem<string>('local:gatewayUrl', { fallback: DEFAULT_GATEWAY_URL });
export const tokenItem = storage.defineItem<string | null>('local:token', { fallback: null });

/** The last policy the gateway reported, kept so the fail mode applies when the gateway is gone. */
export interface CachedPolicy {
  name: string;
  version: number;
  failMode: 'closed' | 'open';
  restoreResponses: boolean;
  /** The full policy document, used by the bundled engine in fail-open mode. */
  policy?: unknown;
}
export const cachedPolicyItem = storage.defineItem<CachedPolicy | null>('local:cachedPolicy', { fallback: null });
