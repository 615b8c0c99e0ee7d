import { z } from 'zod';
import { bodyTexts } from '../body-texts';
import { collectTexts, isRecord } from '../json-text';
import type { EndpointAdapter } from '../types';

/**
 * `input` is a string, strings, or token ids. Token ids are numbers, not text: they are sent as they are
 * (decoding them would need the model's tokenizer), which is a documented gap rather than a silent one.
 */
const embeddingsSchema = z.looseObject({
  model: z.string().min(1).max(256),
  input: z.union([z.string(), z.array(z.string()).max(100_000), z.array(z.number()), z.array(z.array(z.number()))]),
});

export const embeddings: EndpointAdapter = {
  path: 'embeddings',
  schema: embeddingsSchema,
  respondsWithText: false,
  texts: (body) => bodyTexts(body, { input: (value, path, out) => collectTexts(value, path, 'prompt', out) }),
  model: (body) => (isRecord(body) && typeof body['model'] === 'string' ? body['model'] : undefined),
  transformResponse() {},
  usage: (body) => (isRecord(body) && isRecord(body['usage']) ? body['usage'] : undefined),
};
