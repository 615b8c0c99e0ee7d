/**
 * The UI API's wire shapes. Row types come from the gateway's own modules (type-only imports, erased in
 * the bundle), so the UI and the server cannot drift apart silently.
 */
import type { ApprovalFinding, ApprovalForApprover } from '../gateway/ui-api/approval-for-approver';
import type { UiEvent } from '../gateway/ui-api/deps';
import type { WarnOutcomes } from '../log/warn-outcomes';
import type { LoggedFinding, Session, SessionSummary, StoredEvent, Verdict, VerdictCounts } from '../log/types';
import type { Provider } from '../gateway/provider-keys/providers';
import type { OrgStatus } from '../org/org-connection';

export type { ApprovalFinding, ApprovalForApprover, LoggedFinding, OrgStatus, Session, SessionSummary, StoredEvent, Verdict, VerdictCounts };

/** A provider the SDK proxy holds a key for. */
export type ProviderId = Provider;
/** `GET /ui/api/provider-keys`: whether each provider has a key (never the key). */
export type ProviderKeyStatus = Record<Provider, boolean>;

export const VERDICT_ORDER: readonly Verdict[] = ['allow', 'redact', 'warn', 'hold', 'block'];

export interface Overview {
  status: { running: boolean; port: number; startedAt: number; version: string };
  policy: {
    name: string;
    version: number;
    source: 'default' | 'file' | 'org';
    origin: string;
    loadedAt: number;
    failMode: 'closed' | 'open';
    approvers: 'local' | 'org';
  };
  today: VerdictCounts;
  /** Today's warnings, answered by the person or not. */
  todayWarnings: WarnOutcomes;
  pendingApprovals: number;
  recent: StoredEvent[];
}

export interface SessionFilters {
  search?: string;
  site?: string;
  verdict?: string;
  findingType?: string;
  since?: number;
  until?: number;
  limit?: number;
  offset?: number;
}

export interface TokenRow {
  kind: 'extension' | 'sdk';
  name: string;
  createdAt: number;
  lastUsedAt: number | null;
}

/** What the stream sends: the gateway's UI events plus the greeting with the pending count. */
export type StreamEvent = UiEvent | { type: 'hello'; pendingApprovals: number };
