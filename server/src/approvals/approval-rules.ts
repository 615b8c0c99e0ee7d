import { z } from 'zod';
import type { SqlExecutor } from '../db/sql';

export interface ApprovalRules {
  timeoutSeconds: number;
  allowSelfApproval: boolean;
}

// Missing fields fall back to the strict side: no self-approval, the schema's default timeout.
const rulesSchema = z.object({
  approval: z.object({ timeoutSeconds: z.int().positive().default(300), allowSelfApproval: z.boolean().default(false) }).default({ timeoutSeconds: 300, allowSelfApproval: false }),
});

/**
 * The approval rules of the server's newest policy version, read from the database each time, so a push on any
 * replica applies at once on all. A gateway's copy of the policy may be old or forged, so what it sends with a
 * hold is never consulted: the org's rules are the ones the org published.
 */
export async function currentApprovalRules(db: SqlExecutor): Promise<ApprovalRules> {
  const row = await db.get<{ policy_json: string }>('SELECT policy_json FROM policy_versions ORDER BY version DESC LIMIT 1');
  const parsed = rulesSchema.safeParse(row ? JSON.parse(row.policy_json) : {});
  return parsed.success ? parsed.data.approval : { timeoutSeconds: 300, allowSelfApproval: false };
}
