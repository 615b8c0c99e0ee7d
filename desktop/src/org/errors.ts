import type { OrgEnrollmentFailure } from '@promptgate/shared/http-node';

/** Why a policy bundle was refused. The last good policy stays in force; the UI shows the warning. */
export type BundleRejection = 'malformed' | 'wrong_type' | 'unknown_key' | 'bad_signature' | 'invalid_policy' | 'older_version' | 'revoked_key' | 'retired_key';

export class BundleRejectedError extends Error {
  constructor(
    readonly code: BundleRejection,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Enrollment could not finish: the URL is not an http(s) URL (or plain http on a network), the server could not
 * be reached, the URL is not an org server, the server refused the code, its answer was unusable, or its key is
 * not the fingerprint the admin gave.
 */
export class EnrollmentError extends Error {
  constructor(
    readonly code: OrgEnrollmentFailure,
    message: string,
  ) {
    super(message);
  }
}
