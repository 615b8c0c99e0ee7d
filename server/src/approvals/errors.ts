export class ApprovalNotPendingError extends Error {
  readonly code = 'approval_not_pending';
  constructor(readonly status: string) {
    super(`the approval is already ${status}`);
  }
}

/** The approver is the person whose prompt is held, and the policy does not allow approving one's own. */
export class SelfApprovalError extends Error {
  readonly code = 'self_approval';
  constructor() {
    super('you cannot decide on your own held prompt; another approver must');
  }
}

export class UnknownApprovalError extends Error {
  readonly code = 'unknown_approval';
  constructor() {
    super('no such approval');
  }
}

/** A device asked for more pending holds, or more held text, than the server keeps per device. */
export class HoldQuotaError extends Error {
  readonly code = 'hold_quota';
  constructor(
    message: string,
    readonly limits: { pendingPerDevice: number; pendingBytesPerDevice: number },
  ) {
    super(message);
  }
}
