import { z } from 'zod';
import { actionSchema } from '../policy/action';
import { approvalStatusSchema } from './approval-status';
import { AUDIT_LIMITS } from './audit-limits';

/**
 * The device API between a gateway and the org server (`/v1/enroll`, `/v1/policy`, `/v1/keys/endorsements`,
 * `/v1/approvals`, `/v1/audit/events`), declared once for both sides. The server parses what gateways send
 * with the request schemas, strictly; the gateway parses what the server answers with the reply schemas, which
 * drop fields a newer server adds, so an older gateway keeps working. Types are inferred from the schemas:
 * neither side can change a message without the other's compiler noticing.
 */

/** Every error the server answers: a stable code a caller can switch on and a sentence for people. */
export const errorReplySchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

// --- enrollment -------------------------------------------------------------------------------------------

export const enrollRequestSchema = z.strictObject({
  code: z.string().trim().min(1).max(40),
  /** The server names the device after itself when the gateway gives no name. */
  deviceName: z.string().trim().min(1).max(200).optional(),
});
export type EnrollRequest = z.input<typeof enrollRequestSchema>;

/** The device credential and the org's keys to pin; the gateway checks each key itself before it pins it. */
export const enrollReplySchema = z.object({
  device: z.object({ id: z.string(), name: z.string(), user: z.string(), groups: z.array(z.string()) }),
  token: z.string().min(1),
  jwks: z.object({ keys: z.array(z.unknown()) }),
  fingerprint: z.string().optional(),
});
export type EnrollReply = z.output<typeof enrollReplySchema>;

// --- policy keys ------------------------------------------------------------------------------------------

/** Each rotation's new key signed by the one before it, in order (compact JWS each). */
export const endorsementsReplySchema = z.object({ endorsements: z.array(z.string()) });
export type EndorsementsReply = z.output<typeof endorsementsReplySchema>;

// --- approvals --------------------------------------------------------------------------------------------

/** What a gateway forwards when a prompt is held for the org's approvers: masked text and findings only. */
export const forwardApprovalRequestSchema = z.strictObject({
  localId: z.string().min(1).max(100),
  requester: z.string().max(200),
  site: z.string().max(500),
  sessionKind: z.enum(['chat', 'sdk']),
  maskedSegments: z.array(z.strictObject({ id: z.string().max(200), text: z.string().max(2 * 1024 * 1024) })).max(64),
  findings: z
    .array(z.strictObject({ type: z.string().max(200), title: z.string().max(500), category: z.string().max(50), action: z.string().max(20), placeholder: z.string().max(200) }))
    .max(5000),
  /** Sent for servers from before approval rules were the server's own; a current server ignores both. */
  timeoutSeconds: z
    .int()
    .positive()
    .max(7 * 24 * 3600)
    .optional(),
  allowSelfApproval: z.boolean().optional(),
});
export type ForwardApprovalRequest = z.output<typeof forwardApprovalRequestSchema>;

/** A held prompt as its device sees it: no text, no other device's details. */
export const deviceApprovalSchema = z.object({
  id: z.string(),
  localId: z.string(),
  status: approvalStatusSchema,
  expiresAt: z.number(),
  decidedBy: z.string().optional(),
  reason: z.string().optional(),
  decidedAt: z.number().optional(),
});
export type DeviceApproval = z.output<typeof deviceApprovalSchema>;
export const approvalReplySchema = z.object({ approval: deviceApprovalSchema });
export type ApprovalReply = z.output<typeof approvalReplySchema>;

// --- audit ------------------------------------------------------------------------------------------------

/**
 * `inspect`: a prompt was decided; `choice`: the person chose on a warn; `approval`: an approver decided;
 * `reply`: a masked response; `notice`: the gateway's own record about its log.
 */
export const AUDIT_EVENT_KINDS = ['inspect', 'choice', 'approval', 'reply', 'notice'] as const;

/** One masked session event as a gateway ships it. `id` is the gateway's event id: the idempotency key. */
export const auditEventSchema = z.strictObject({
  id: z.uuid(),
  at: z.int().nonnegative(),
  kind: z.enum(AUDIT_EVENT_KINDS),
  source: z.string().max(AUDIT_LIMITS.sourceChars),
  requester: z.string().max(AUDIT_LIMITS.requesterChars).nullable(),
  verdict: actionSchema,
  maskedText: z.string().max(AUDIT_LIMITS.maskedTextChars),
  findings: z
    .array(
      z.strictObject({
        type: z.string().max(200),
        category: z.string().max(50),
        start: z.int().nonnegative(),
        end: z.int().nonnegative(),
        placeholder: z.string().max(200).nullable(),
        valueHash: z
          .string()
          .regex(/^[0-9a-f]{64}$/)
          .nullable(),
      }),
    )
    .max(AUDIT_LIMITS.findings),
  detail: z.record(z.string(), z.unknown()),
});
export type AuditEvent = z.output<typeof auditEventSchema>;

export const auditBatchSchema = z.strictObject({ events: z.array(auditEventSchema).min(1).max(AUDIT_LIMITS.batchEvents) });
export type AuditBatch = z.output<typeof auditBatchSchema>;

/** Events stored, and events whose id the server had already (a retried batch). */
export const ingestReplySchema = z.object({ accepted: z.int().nonnegative(), duplicates: z.int().nonnegative() });
export type IngestReply = z.output<typeof ingestReplySchema>;
