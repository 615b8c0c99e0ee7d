/** The code is unknown, used or expired: one error for all three, so a guess learns nothing. */
export class EnrollmentRefusedError extends Error {
  readonly code = 'ENROLLMENT_REFUSED';
  constructor() {
    super('the enrollment code is unknown, already used or expired');
  }
}
