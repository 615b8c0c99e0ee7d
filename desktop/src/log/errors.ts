/** Base of every session-log error; callers switch on `code`, never on the message. */
export class SessionLogError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
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
