export type RedactErrorCode = 'vault_full' | 'vault_decrypt_failed' | 'vault_bad_format';

/** Errors from redaction and the vault, with a stable `code` to switch on. Messages never contain values. */
export class RedactError extends Error {
  readonly code: RedactErrorCode;
  constructor(code: RedactErrorCode, message: string) {
    super(message);
    this.name = 'RedactError';
    this.code = code;
  }
}
