import { z } from 'zod';
import { toolCallPolicySchema } from '../agent/tool-call-policy';
import { actionSchema } from './action';
import { sizeLimitsSchema } from './size-limits-schema';
import { userRegexProblem } from '../regex/user-regex';

const categorySchema = z.enum(['secret', 'pii', 'custom']);
const severitySchema = z.enum(['low', 'medium', 'high', 'critical']);

/**
 * One detector rule. `type` is a finding type (`github-pat`, `custom:customer-id`), a glob over types
 * (`*private-key*`) or `*` for everything; `category` selects a whole category. Exactly one of the two.
 */
export const detectorRuleSchema = z
  .strictObject({
    type: z
      .string()
      .min(1)
      .max(200)
      .regex(/^[a-z0-9*][a-z0-9:_.*-]*$/, 'lowercase letters, digits, ":", "_", ".", "-" and "*" only')
      .optional(),
    category: categorySchema.optional(),
    action: actionSchema,
  })
  .refine((rule) => (rule.type === undefined) !== (rule.category === undefined), {
    message: 'a rule needs exactly one of "type" or "category"',
  });

const detectorRulesSchema = z.array(detectorRuleSchema).max(1000);

const customIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'lowercase letters, digits and "-", at most 63 characters');

const customBase = {
  id: customIdSchema,
  title: z.string().min(1).max(200).optional(),
  action: actionSchema.default('redact'),
  severity: severitySchema.default('high'),
};

const regexDetectorSchema = z
  .strictObject({
    ...customBase,
    kind: z.literal('regex'),
    pattern: z.string().min(1).max(2000),
    flags: z
      .string()
      .regex(/^[imsuv]*$/, 'only the flags i, m, s, u, v')
      .default(''),
  })
  .superRefine((detector, ctx) => {
    const problem = userRegexProblem(detector.pattern, detector.flags);
    if (problem) ctx.addIssue({ code: 'custom', path: ['pattern'], message: problem });
  });

const keywordsDetectorSchema = z.strictObject({
  ...customBase,
  kind: z.literal('keywords'),
  keywords: z.array(z.string().trim().min(1).max(200)).min(1).max(10_000),
  /** Match only where the keyword is not part of a longer word (letters, digits, `_` in any script). */
  wholeWord: z.boolean().default(true),
  caseInsensitive: z.boolean().default(true),
});

const dictionaryDetectorSchema = z.strictObject({
  ...customBase,
  kind: z.literal('dictionary'),
  values: z.array(z.string().min(1).max(500)).min(1).max(100_000),
  wholeWord: z.boolean().default(true),
  caseInsensitive: z.boolean().default(false),
});

export const customDetectorSchema = z.discriminatedUnion('kind', [regexDetectorSchema, keywordsDetectorSchema, dictionaryDetectorSchema]);

/** `chatgpt.com` (that host only) or `*.openai.com` (any subdomain, not `openai.com` itself). */
export const hostPatternSchema = z
  .string()
  .regex(/^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/, 'a lowercase hostname, optionally starting with "*."');

const overrideSchema = z.strictObject({ detectors: detectorRulesSchema });

const overridesSchema = z.strictObject({
  sites: z.record(hostPatternSchema, overrideSchema).default({}),
  groups: z.record(z.string().min(1).max(200), overrideSchema).default({}),
});

const approvalSchema = z.strictObject({
  approvers: z.enum(['local', 'org']).default('local'),
  timeoutSeconds: z
    .int()
    .positive()
    .max(7 * 24 * 3600)
    .default(300),
  allowSelfApproval: z.boolean().default(false),
});

const warnSchema = z.strictObject({
  /** May the person send the original text after a warning (instead of the redacted one)? */
  allowSendOriginal: z.boolean().default(false),
  requireJustification: z.boolean().default(true),
});

const loggingSchema = z.strictObject({
  storeMaskedPrompts: z.boolean().default(true),
  storeMaskedResponses: z.boolean().default(false),
  retentionDays: z.int().positive().max(3650).default(90),
  /** Ship masked audit events to the org server. */
  ship: z.boolean().default(false),
});

const sdkSchema = z.strictObject({
  allowClientProviderKeys: z.boolean().default(false),
  unknownEndpoints: z.enum(['block', 'allow']).default('block'),
  /** What `warn` means for a client nobody can ask (SDKs, agents). */
  warnAction: z.enum(['allow', 'redact', 'hold', 'block']).default('redact'),
});

export const policySchema = z.strictObject({
  version: z.int().positive(),
  name: z.string().min(1).max(200),
  detectors: detectorRulesSchema.default([]),
  /** Action for a finding no rule selects. */
  defaultAction: actionSchema.default('redact'),
  custom: z
    .array(customDetectorSchema)
    .max(500)
    .superRefine((custom, ctx) => {
      // On the array rather than the policy, so it is reported even when other parts of the policy are wrong.
      const seen = new Map<string, number>();
      custom.forEach((detector, index) => {
        const first = seen.get(detector.id);
        if (first !== undefined) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate id, already used by custom[${first}]` });
        else seen.set(detector.id, index);
      });
    })
    .default([]),
  overrides: overridesSchema.prefault({}),
  approval: approvalSchema.prefault({}),
  warn: warnSchema.prefault({}),
  logging: loggingSchema.prefault({}),
  failMode: z.enum(['closed', 'open']).default('closed'),
  restoreResponses: z.boolean().default(true),
  sdk: sdkSchema.prefault({}),
  /** What the tool calls a model tells an agent to make may do (`agent/tool-call-policy.ts`). */
  toolCalls: toolCallPolicySchema.prefault({}),
  limits: sizeLimitsSchema.prefault({}),
});

/** A validated policy, with every default filled in. */
export type Policy = z.output<typeof policySchema>;
/** A policy as written by an admin (defaults optional). */
export type PolicyInput = z.input<typeof policySchema>;
export type DetectorRule = z.output<typeof detectorRuleSchema>;
export type CustomDetector = z.output<typeof customDetectorSchema>;
export type PolicyOverride = z.output<typeof overrideSchema>;
