import type { PolicyError } from '@promptgate/shared';

/** A pushed document the shared schema refuses; `errors` has every problem with its path and line. */
export class PolicyRejectedError extends Error {
  readonly code = 'policy_invalid';
  constructor(readonly errors: readonly PolicyError[]) {
    super(errors.map((e) => `${e.path || '(document)'}${e.line !== undefined ? ` (line ${e.line})` : ''}: ${e.message}`).join('; '));
  }
}

export class UnknownVersionError extends Error {
  readonly code = 'unknown_version';
  constructor(readonly version: number) {
    super(`no policy version ${version}`);
  }
}
