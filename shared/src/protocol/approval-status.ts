import { z } from 'zod';

/**
 * Where a held prompt stands, the same on every surface that shows one: the extension API, the org server's
 * device API and its admin API.
 */
export const APPROVAL_STATUSES = ['pending', 'approved', 'denied', 'expired', 'cancelled'] as const;
export const approvalStatusSchema = z.enum(APPROVAL_STATUSES);
export type ApprovalStatus = z.infer<typeof approvalStatusSchema>;
