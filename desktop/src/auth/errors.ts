/** Base of every auth error; callers switch on `code`, never on the message. */
export class AuthError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}

/** A token with this name and kind exists; names identify tokens in `list` and `revoke`. */
export class TokenNameTakenError extends AuthError {
  constructor(kind: string, name: string) {
    super('name_taken', `a ${kind} token named "${name}" already exists`);
  }
}

export class InvalidTokenNameError extends AuthError {
  constructor(message: string) {
    super('invalid_name', message);
  }
}

export type PairingErrorCode = 'invalid' | 'expired' | 'used' | 'rate_limited';

const PAIRING_MESSAGES: Record<PairingErrorCode, string> = {
  invalid: 'no such pairing code',
  expired: 'this pairing code has expired; run `promptgate pair` again',
  used: 'this pairing code was already used',
  rate_limited: 'too many wrong pairing codes; wait a minute and try again',
};

/** Redeeming a pairing code failed; `code` says why, and the message is safe to show the person. */
export class PairingError extends AuthError {
  declare readonly code: PairingErrorCode;
  constructor(code: PairingErrorCode) {
    super(code, PAIRING_MESSAGES[code]);
  }
}
