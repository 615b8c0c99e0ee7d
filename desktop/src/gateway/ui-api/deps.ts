import type { SessionLog } from '../../log';
import type { ActivePolicy } from '../policy-holder';
import type { UiSessions } from '../ui-sessions';

/** Token and pairing management as the UI uses it. */
export interface AuthAdmin {
  create(kind: 'extension' | 'sdk', name: string): string;
  list(): Array<{ kind: 'extension' | 'sdk'; name: string; createdAt: number; lastUsedAt: number | null }>;
  revoke(name: string, kind?: 'extension' | 'sdk'): boolean;
  issuePairingCode(): { code: string; expiresAt: number };
}

/** What the local UI's API needs beyond the shared services. */
export interface UiDeps {
  log: SessionLog;
  auth: AuthAdmin;
  uiSessions: UiSessions;
  /** Subscribes to live changes for the UI's event stream; returns an unsubscribe. */
  subscribe(listener: (event: UiEvent) => void): () => void;
  startedAt: number;
  version: string;
}

export type UiEvent =
  | { type: 'approval'; id: string; status: string }
  | { type: 'event-recorded'; id: string; verdict: string; source: string }
  | { type: 'policy'; policy: Pick<ActivePolicy, 'source' | 'origin'> & { name: string; version: number } };
