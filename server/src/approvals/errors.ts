export class ApprovalNotPendingError extends Error {
  readonly code = 'APPROVAL_NOT_PENDING';
  constructor(readonly status: string) {
    super(`the approval is already ${status}`);
  }
}

/** The approver is the person whose prompt is held, and the policy does not allow approving one's own. */
export class SelfApprovalError extends Error {
  readonly code = 'SELF_APPROVAL';
  constructor() {
    super('you cannot decide on your own held prompt; another approver must');
  }
}

export class UnknownApprovalError extends Error {
  readonly code = 'UNKNOWN_APPROVAL';
  constructor() {
    super('no such approval');
  }
}

/** A device asked for more pending holds, or more held text, than the server keeps per device. */
export class HoldQuotaError extends Error {
  readonly code = 'HOLD_QUOTA';
  constructor(
    message: string,
    readonly limits: { pendingPerDevice: number; pendingBytesPerDevice: number },
  ) {
    super(message);
  }
}
