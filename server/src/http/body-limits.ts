import { AUDIT_LIMITS } from '@promptgate/shared';

/** Body size caps: a policy is a document, an audit batch a few hundred events, everything else small. */
export const BODY_LIMITS = {
  policyBytes: 1024 * 1024,
  auditBatchBytes: AUDIT_LIMITS.batchBytes,
  approvalBytes: 4 * 1024 * 1024,
  smallBytes: 64 * 1024,
} as const;
