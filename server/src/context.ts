import type { AdminTokens } from './auth/admin-tokens';
import type { OidcVerifier } from './auth/oidc-verifier';
import type { Device, Principal } from './auth/principal';
import type { ApprovalStore } from './approvals/approval-store';
import type { AuditStore } from './audit/audit-store';
import type { DeviceStore } from './enroll/device-store';
import type { KeyStore } from './keys/key-store';
import type { PolicyStore } from './policy/policy-store';
import type { ServerGuessEvent } from './security/report-guesses';

/** Everything a handler may use; built once in `start.ts`. */
export interface ServerServices {
  keys: KeyStore;
  policies: PolicyStore;
  devices: DeviceStore;
  approvals: ApprovalStore;
  audit: AuditStore;
  adminTokens: AdminTokens;
  oidc: OidcVerifier | undefined;
  /** Records a wrong enrollment code or admin token, and an address throttled for guessing. */
  reportGuess: (event: ServerGuessEvent) => void;
  /** Aborted on shutdown, so long-polls and streams end at once. */
  shutdown: AbortSignal;
  /** Sent to gateways with each bundle: their poll interval while the push channel is down. */
  policyPollSeconds: number;
  /** Requests come through a reverse proxy: guessing limits count the client address in `X-Forwarded-For`. */
  behindProxy: boolean;
  now: () => number;
}

/** Who may call a route: anyone, an enrolled device, an approver (or admin), an admin. */
export type Access = 'public' | 'device' | 'approver' | 'admin';

export interface RequestContext {
  services: ServerServices;
  principal?: Principal;
  device?: Device;
}
