import type { ApprovalStatus, ForwardApprovalRequest } from '@promptgate/shared';

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
  findings: ForwardApprovalRequest['findings'];
  status: ApprovalStatus;
  createdAt: number;
  expiresAt: number;
  decidedBy?: string;
  reason?: string;
  decidedAt?: number;
}

export type ApprovalChange = 'created' | 'decided';
