import { openAuth } from '../auth';
import type { TokenAuthority } from './auth';
import type { PairingAuthority } from './api/pair';
import type { AuthAdmin } from './ui-api/deps';

export interface AuthStores extends AuthAdmin {
  tokens: TokenAuthority & { create(kind: 'extension' | 'sdk', name: string): string };
  pairing: PairingAuthority & { issue(): { code: string; expiresAt: number } };
  close(): void;
}

/** The token and pairing stores of a data directory, shaped as the gateway's routes use them. */
export function openAuthStores(dataDir: string): AuthStores {
  const auth = openAuth(dataDir);
  return {
    tokens: auth.tokens,
    pairing: {
      redeem: (code, clientName) => {
        const outcome = auth.pairing.tryRedeem(code, clientName);
        return outcome.ok ? { ok: true, token: outcome.token } : outcome;
      },
      issue: () => auth.pairing.issue(),
    },
    create: (kind, name) => auth.tokens.create(kind, name),
    list: () => auth.tokens.list(),
    revoke: (name, kind) => auth.tokens.revoke(name, kind).length > 0,
    issuePairingCode: () => auth.pairing.issue(),
    close: () => auth.close(),
  };
}
