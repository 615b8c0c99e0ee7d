/** Base of every session-log error; callers switch on `code`, never on the message. */
export class SessionLogError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** The event breaks a rule of the log (bad offsets, a raw-looking hash, non-JSON detail...). */
export class InvalidEventError extends SessionLogError {
  constructor(message: string) {
    super('invalid_event', message);
  }
}

/** The same event id was appended before with different content: a retry must be identical. */
export class EventIdConflictError extends SessionLogError {
  constructor(readonly eventId: string) {
    super('event_id_conflict', `event ${eventId} already exists with different content`);
  }
}

/** An argument outside what the operation accepts (a negative retention, a zero limit...). */
export class InvalidArgumentError extends SessionLogError {
  constructor(message: string) {
    super('invalid_argument', message);
  }
}

/** The log was used after `close()`. */
export class LogClosedError extends SessionLogError {
  constructor() {
    super('closed', 'the session log is closed');
  }
}

/** Why the log cannot take events right now; callers tell their clients the gate is unavailable. */
export type LogFault = 'disk_full' | 'damaged';

const FAULT_MESSAGES: Record<LogFault, string> = {
  disk_full: "the session log's disk is full: promptgate cannot record decisions, so it refuses them until space is freed",
  damaged: 'the session log database is damaged: promptgate cannot record decisions; restart the gateway to set the damaged file aside and start a new log',
};

/**
 * The database or its disk failed, not the event: the same event will go in once the fault is gone (a full
 * disk recovers by itself when space frees). The original error is the `cause`.
 */
export class LogUnavailableError extends SessionLogError {
  declare readonly code: LogFault;
  constructor(fault: LogFault, cause: unknown) {
    super(fault, FAULT_MESSAGES[fault], { cause });
  }
}
