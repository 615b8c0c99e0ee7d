/** The corpus line format, shared by the generator (to self-check) and the runner (to reject bad lines). */
import { z } from 'zod';
import { CONTEXTS } from './gen/contexts';

export const categorySchema = z.enum(['secret', 'pii']);
/** Where the text comes from; every secret line has one, PII lines may not (their templates predate contexts). */
export const contextSchema = z.enum(CONTEXTS).optional();

export const positiveSchema = z
  .object({
    id: z.string().min(1),
    text: z.string().min(1),
    category: categorySchema,
    context: contextSchema,
    secrets: z
      .array(z.object({ type: z.string().min(1), value: z.string().min(1) }).strict())
      .min(1)
      .max(3),
  })
  .strict();

export const negativeSchema = z
  .object({
    id: z.string().min(1),
    text: z.string().min(1),
    category: categorySchema,
    context: contextSchema,
  })
  .strict();

export const lineSchema = z.union([positiveSchema, negativeSchema]);

export type Positive = z.infer<typeof positiveSchema>;
export type Negative = z.infer<typeof negativeSchema>;
export type CorpusLine = z.infer<typeof lineSchema>;

export function isPositive(line: CorpusLine): line is Positive {
  return 'secrets' in line;
}
