import { browser } from 'wxt/browser';

/** What an admin can set through `storage.managed` (schema: public/managed-schema.json). */
export interface ManagedSettings {
  gatewayUrl?: string;
  token?: string;
  pairingCode?: string;
  failMode?: 'closed' | 'open';
  lockedSettings?: boolean;
}

/** Managed storage is missing on some browsers and throws without a policy; both mean "nothing managed". */
export async function readManaged(): Promise<ManagedSettings> {
  try {
    const raw: Record<string, unknown> = (await browser.storage.managed?.get()) ?? {};
    const out: ManagedSettings = {};
    if (typeof raw['gatewayUrl'] === 'string') out.gatewayUrl = raw['gatewayUrl'];
    if (typeof raw['token'] === 'string') out.token = raw['token'];
    if (typeof raw['pairingCode'] === 'string') out.pairingCode = raw['pairingCode'];
    if (raw['failMode'] === 'closed' || raw['failMode'] === 'open') out.failMode = raw['failMode'];
    if (typeof raw['lockedSettings'] === 'boolean') out.lockedSettings = raw['lockedSettings'];
    return out;
  } catch {
    return {};
  }
}
