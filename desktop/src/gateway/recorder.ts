import type { Action, Category } from '@promptgate/shared';
import { LogUnavailableError, type EventInput, type SessionLog, type StoredEvent } from '../log';
import { HttpError } from '@promptgate/shared/http-node';
import type { PolicyHolder } from './policy-holder';

/** One decision as the session log keeps it: masked text and hashed findings, never a raw value. */
export interface DecisionRecord {
  sessionKind: 'chat' | 'sdk';
  /** Site hostname for chats, client token name for SDK runs. */
  source: string;
  conversationId: string;
  /** Token name of the extension or SDK client. */
  requester: string;
  /** `notice`: something an admin should know that is not a decision (a site the extension cannot see). */
  kind: 'inspect' | 'choice' | 'approval' | 'reply' | 'notice';
  verdict: Action;
  maskedText: string;
  findings: Array<{ type: string; category: Category; start: number; end: number; placeholder: string; valueHash?: string }>;
  detail: Record<string, unknown>;
}

/**
 * Where decisions go. `record` returns only once the event is durable: callers answer the client after it,
 * so an answered event survives a crash. When the log cannot take the event (a full disk), both throw a
 * 503 `HttpError`: a decision that cannot be recorded is not answered, and the extension and SDK clients
 * apply the policy's fail mode as for any unavailable gateway.
 */
export interface Recorder {
  record(record: DecisionRecord): { eventId: string };
  /**
   * Durable on return too (one write to the session log's journal), stored in the database with the next
   * batch: for the SDK proxy, whose two events per call would otherwise each wait for a commit.
   */
  recordJournaled(record: DecisionRecord): { eventId: string };
  /**
   * A caller that has just answered calls it: the journaled events go into the database now, instead of on
   * the batch timer, so that work runs while its client reads the answer, not in the middle of another call
   * (nothing to do when the log stores them on a thread of its own).
   */
  storeJournaled(): void;
}

/**
 * The gateway's recorder: the policy's logging settings applied in one place, for every entry point
 * (`storeMaskedPrompts: false` keeps verdict and findings but not the prompt's text; replies follow
 * `storeMaskedResponses` where they are made), and the log's faults turned into the gate's unavailable answer.
 */
export function sessionLogRecorder(log: SessionLog, policy: PolicyHolder, onRecorded: (stored: StoredEvent) => void): Recorder {
  const input = (record: DecisionRecord): EventInput => {
    // Only prompts carry prompt text (choices and approvals carry none; replies follow their own setting).
    if (record.kind !== 'inspect' || policy.active.policy.logging.storeMaskedPrompts) return record;
    // Findings keep their type and hash; their place pointed into the text that is not kept.
    return { ...record, maskedText: '', findings: record.findings.map((finding) => ({ ...finding, start: 0, end: 0 })), detail: { ...record.detail, maskedTextOmitted: true } };
  };
  return {
    record: (record) =>
      unavailableAs503(() => {
        const stored = log.appendEvent(input(record));
        onRecorded(stored);
        return { eventId: stored.id };
      }),
    recordJournaled: (record) => unavailableAs503(() => ({ eventId: log.journalEvent(input(record), onRecorded) })),
    storeJournaled: () => log.storeJournaledAfterAnswer(),
  };
}

function unavailableAs503<T>(write: () => T): T {
  try {
    return write();
  } catch (error) {
    if (error instanceof LogUnavailableError) throw new HttpError(503, 'session_log_unavailable', `promptgate is unavailable: ${error.message}`);
    throw error;
  }
}
