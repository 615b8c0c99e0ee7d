import { z } from 'zod';

/** One size limit: characters, estimated tokens (about 4 characters each), or both; what happens past it. */
export const sizeLimitSchema = z
  .strictObject({
    maxChars: z.int().positive().optional(),
    maxTokens: z.int().positive().optional(),
    /** `redact` has nothing to replace here, so it is not offered. */
    action: z.enum(['warn', 'hold', 'block']),
  })
  .refine((limit) => limit.maxChars !== undefined || limit.maxTokens !== undefined, 'give maxChars, maxTokens or both');
export type SizeLimit = z.output<typeof sizeLimitSchema>;

/**
 * `limits`: how long one prompt (what a person types or pastes, an agent's newest message) and one file (an
 * attachment) may be before policy steps in. None by default.
 */
export const sizeLimitsSchema = z.strictObject({
  prompt: sizeLimitSchema.optional(),
  file: sizeLimitSchema.optional(),
});
