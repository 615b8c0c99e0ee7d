import type { Action, Category } from '@promptgate/shared';

/** One decision as the session log keeps it: masked text and hashed findings, never a raw value. */
export interface DecisionRecord {
  sessionKind: 'chat' | 'sdk';
  /** Site hostname for chats, client token name for SDK runs. */
  source: string;
  conversationId: string;
  /** Token name of the extension or SDK client. */
  requester: string;
  kind: 'inspect' | 'choice' | 'approval' | 'reply';
  verdict: Action;
  maskedText: string;
  findings: Array<{ type: string; category: Category; start: number; end: number; placeholder: string; valueHash?: string }>;
  detail: Record<string, unknown>;
}

/**
 * Where decisions go. `record` returns only once the event is durable: callers answer the client after it,
 * so an answered event survives a crash.
 */
export interface Recorder {
  record(record: DecisionRecord): { eventId: string };
  /**
   * Durable on return too (one write to the session log's journal), stored in the database with the next
   * batch: for the SDK proxy, whose two events per call would otherwise each wait for a commit.
   */
  recordJournaled(record: DecisionRecord): { eventId: string };
}
