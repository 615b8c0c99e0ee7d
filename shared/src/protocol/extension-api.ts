import { z } from 'zod';
import { approvalStatusSchema } from './approval-status';
import { actionSchema } from '../policy/action';
import { LIMITS } from './limits';

/**
 * The extension ↔ gateway API (`/api/*`), declared once: the gateway validates requests with these schemas
 * and the extension builds them from the same types, so a field cannot drift between the two.
 */

const hostname = z
  .string()
  .min(1)
  .max(253)
  .regex(/^[a-z0-9.-]+$/i, 'must be a hostname');

export const inspectRequestSchema = z.strictObject({
  source: z.strictObject({
    site: hostname,
    url: z.string().max(LIMITS.urlChars),
  }),
  conversationId: z.string().min(1).max(LIMITS.conversationIdChars),
  segments: z
    .array(
      z.strictObject({
        id: z.string().min(1).max(100),
        kind: z.enum(['prompt', 'paste', 'file']),
        name: z.string().max(500).optional(),
        text: z.string().max(LIMITS.segmentChars),
      }),
    )
    .min(1)
    .max(LIMITS.segments)
    .refine((segments) => new Set(segments.map((s) => s.id)).size === segments.length, 'segment ids must be unique'),
});
export type InspectRequest = z.infer<typeof inspectRequestSchema>;

export const inspectedFindingSchema = z.object({
  segmentId: z.string(),
  type: z.string(),
  title: z.string(),
  category: z.enum(['secret', 'pii', 'custom']),
  severity: z.enum(['low', 'medium', 'high', 'critical']),
  action: actionSchema,
  placeholder: z.string(),
  /** Position of the placeholder in the segment's `text` as returned. */
  start: z.number(),
  end: z.number(),
  /** A masked preview such as `ghp_****`, so a person can recognise the value. */
  preview: z.string(),
});
export type InspectedFindingWire = z.infer<typeof inspectedFindingSchema>;

export const inspectResponseSchema = z.object({
  eventId: z.string(),
  verdict: actionSchema,
  /** The segments as they may be sent (placeholders in place of redacted values). */
  segments: z.array(z.object({ id: z.string(), text: z.string() })),
  findings: z.array(inspectedFindingSchema),
  reasons: z.array(z.object({ type: z.string(), title: z.string(), category: z.string(), action: actionSchema, count: z.number(), rule: z.string() })),
  /** For `warn`: what the person may do besides sending the redacted text. */
  warn: z.object({ allowSendOriginal: z.boolean(), requireJustification: z.boolean() }).optional(),
  /** For `hold`: the approval to wait on. */
  approvalId: z.string().optional(),
  /** For `hold`: who decides, so the person knows whom to ask: someone at this machine's promptgate, or the org's approvers. */
  approvers: z.enum(['local', 'org']).optional(),
  /** For `block`: one sentence for the person. */
  message: z.string().optional(),
  policy: z.object({ name: z.string(), version: z.number(), source: z.string(), failMode: z.enum(['closed', 'open']), restoreResponses: z.boolean() }),
});
export type InspectResponse = z.infer<typeof inspectResponseSchema>;

export const choiceRequestSchema = z.strictObject({
  eventId: z.string().min(1).max(100),
  choice: z.enum(['send-redacted', 'send-original', 'edit', 'cancel']),
  justification: z.string().max(LIMITS.justificationChars).optional(),
});
export type ChoiceRequest = z.infer<typeof choiceRequestSchema>;

export const approvalStateSchema = z.object({
  id: z.string(),
  status: approvalStatusSchema,
  expiresAt: z.number(),
  decidedBy: z.string().optional(),
  reason: z.string().optional(),
  /** When approved: the segments to send. */
  segments: z.array(z.object({ id: z.string(), text: z.string() })).optional(),
});
export type ApprovalState = z.infer<typeof approvalStateSchema>;

export const restoreRequestSchema = z.strictObject({
  site: hostname,
  conversationId: z.string().min(1).max(LIMITS.conversationIdChars),
  text: z.string().max(LIMITS.restoreChars),
});
export type RestoreRequest = z.infer<typeof restoreRequestSchema>;

/**
 * A new chat has no id until its first prompt is sent, so that prompt's placeholders are kept under a draft
 * key; once the site shows the chat's id, this names the draft's vault by it (see `VaultStore.link`).
 */
export const conversationLinkRequestSchema = z.strictObject({
  site: hostname,
  draftId: z.string().min(1).max(LIMITS.conversationIdChars),
  conversationId: z.string().min(1).max(LIMITS.conversationIdChars),
});
export type ConversationLinkRequest = z.infer<typeof conversationLinkRequestSchema>;

export const pairRequestSchema = z.strictObject({
  code: z.string().min(1).max(32),
  name: z.string().min(1).max(100),
});
export type PairRequest = z.infer<typeof pairRequestSchema>;

/**
 * `site_unrecognised`: the extension could not find a site's composer or send control (the site's markup
 * drifted), so its guard on that page is degraded. The one name both sides use for the recorded event.
 */
export const SITE_UNRECOGNISED = 'site_unrecognised';
export const siteControlSchema = z.enum(['composer', 'send-button']);
export type SiteControl = z.infer<typeof siteControlSchema>;

export const siteUnrecognisedRequestSchema = z.strictObject({
  site: hostname,
  /** Which control no selector matched. */
  control: siteControlSchema,
  /** The selectors that were tried, in order: what an admin fixes. */
  selectors: z.array(z.string().min(1).max(300)).min(1).max(20),
  extensionVersion: z.string().min(1).max(40),
});
export type SiteUnrecognisedRequest = z.infer<typeof siteUnrecognisedRequestSchema>;

/** Error body of every `/api/*` failure: a stable code to switch on and a sentence for people. */
export const apiErrorSchema = z.object({ error: z.object({ code: z.string(), message: z.string(), path: z.string().optional() }) });
export type ApiError = z.infer<typeof apiErrorSchema>;
