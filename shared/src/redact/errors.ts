export type RedactErrorCode = 'VAULT_FULL' | 'VAULT_DECRYPT_FAILED' | 'VAULT_BAD_FORMAT';

/** Errors from redaction and the vault, with a stable `code` to switch on. Messages never contain values. */
export class RedactError extends Error {
  readonly code: RedactErrorCode;
  constructor(code: RedactErrorCode, message: string) {
    super(message);
    this.name = 'RedactError';
    this.code = code;
  }
}
