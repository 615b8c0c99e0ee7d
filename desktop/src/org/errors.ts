/** Why a policy bundle was refused. The last good policy stays in force; the UI shows the warning. */
export type BundleRejection = 'malformed' | 'wrong_type' | 'unknown_key' | 'bad_signature' | 'invalid_policy' | 'older_version';

export class BundleRejectedError extends Error {
  constructor(
    readonly code: BundleRejection,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Enrollment could not finish: the URL is not an http(s) URL, the server could not be reached, the URL is not
 * an org server, the server refused the code, or its answer was unusable.
 */
export class EnrollmentError extends Error {
  constructor(
    readonly code: 'bad_server_url' | 'server_unreachable' | 'not_org_server' | 'enrollment_refused' | 'bad_answer' | 'not_enrolled',
    message: string,
  ) {
    super(message);
  }
}
