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

/** Enrollment could not finish: the server refused the code, or could not be reached. */
export class EnrollmentError extends Error {
  constructor(
    readonly code: 'enrollment_refused' | 'server_unreachable' | 'bad_answer' | 'not_enrolled',
    message: string,
  ) {
    super(message);
  }
}
