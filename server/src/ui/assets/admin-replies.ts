// What the admin API answers, as the page reads it. The server's own types where they are plain data; the rest
// (answers its handlers build inline) are spelled out here.
import type { OrgApproval } from '../../approvals/types';
import type { StoredAuditEvent } from '../../audit/types';
import type { Device } from '../../auth/principal';
import type { DiffLine } from '../../policy/line-diff';
import type { PolicyVersion } from '../../policy/policy-store';

export type { DiffLine, OrgApproval, StoredAuditEvent };

export interface Me {
  name: string;
  roles: string[];
}

/** A row of the policy history: the store's own shape (the admin API answers it as it is). */
export type PolicyVersionRow = PolicyVersion;

export interface CurrentPolicy extends PolicyVersionRow {
  text: string;
}

export interface PolicyError {
  path: string;
  message: string;
  line?: number;
}

export interface DeviceRow extends Device {
  enrolledAt: number;
  lastSeenAt: number | null;
  revoked: boolean;
}

export interface RotatedKey {
  fingerprint: string;
  version: number;
}

export interface IssuedCode {
  code: string;
  expiresAt: number;
  fingerprint: string;
}
