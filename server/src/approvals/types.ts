import { z } from 'zod';

export type OrgApprovalStatus = 'pending' | 'approved' | 'denied' | 'expired' | 'cancelled';

/** What a gateway forwards when a prompt is held for the org's approvers: masked text and findings only. */
export const forwardApprovalSchema = z.strictObject({
  localId: z.string().min(1).max(100),
  requester: z.string().max(200),
  site: z.string().max(500),
  sessionKind: z.enum(['chat', 'sdk']),
  maskedSegments: z.array(z.strictObject({ id: z.string().max(200), text: z.string().max(2 * 1024 * 1024) })).max(64),
  findings: z.array(z.strictObject({ type: z.string().max(200), title: z.string().max(500), category: z.string().max(50), action: z.string().max(20), placeholder: z.string().max(200) })).max(5000),
  /** Sent by gateways, ignored: the timeout and self-approval come from the server's own policy. */
  timeoutSeconds: z.int().positive().max(7 * 24 * 3600).optional(),
  allowSelfApproval: z.boolean().optional(),
});
export type ForwardApproval = z.output<typeof forwardApprovalSchema>;

export interface OrgApproval {
  id: string;
  deviceId: string;
  localId: string;
  /** The person the device belongs to: who may not approve it (unless the policy allows it). */
  user: string;
  requester: string;
  site: string;
  sessionKind: 'chat' | 'sdk';
  maskedSegments: Array<{ id: string; text: string }>;
  findings: ForwardApproval['findings'];
  status: OrgApprovalStatus;
  createdAt: number;
  expiresAt: number;
  decidedBy?: string;
  reason?: string;
  decidedAt?: number;
}

export type ApprovalChange = 'created' | 'decided';
