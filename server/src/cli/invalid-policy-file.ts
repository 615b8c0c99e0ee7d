import type { PolicyError } from '@promptgate/shared';
import { AdminApiError } from './admin-client';

/** The server refused a pushed policy file; each error is listed once, as `FILE:LINE: path: reason`. */
export class InvalidPolicyFileError extends Error {
  readonly code = 'policy_invalid';

  constructor(
    readonly file: string,
    readonly errors: readonly PolicyError[],
  ) {
    super(`${file} is not a valid policy (${errors.length} ${errors.length === 1 ? 'error' : 'errors'}); nothing was published`);
  }

  /** The server's 422 `policy_invalid` answer as this error; anything else is not one. */
  static from(error: unknown, file: string): InvalidPolicyFileError | undefined {
    if (!(error instanceof AdminApiError) || error.code !== 'policy_invalid') return undefined;
    const errors = (error.body['error'] as { errors?: PolicyError[] } | undefined)?.errors ?? [];
    return errors.length > 0 ? new InvalidPolicyFileError(file, errors) : undefined;
  }

  lines(): string[] {
    return this.errors.map((e) => `${this.file}${e.line !== undefined ? `:${e.line}` : ''}: ${e.path || '(document)'}: ${e.message}`);
  }
}
