import type { IncomingMessage } from 'node:http';
import type { z } from 'zod';
import { formatIssuePath } from '@promptgate/shared';
import { HttpError } from './http-error';

/**
 * Reads a JSON body of at most `maxBytes` and validates it. Oversize bodies are refused as soon as the
 * declared or received size passes the cap (413) without reading the rest; bad JSON and schema violations
 * are 400s that name the offending field.
 */
export async function readJson<T extends z.ZodType>(request: IncomingMessage, schema: T, maxBytes: number): Promise<z.output<T>> {
  const type = request.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type)) throw new HttpError(415, 'unsupported_media_type', 'send the body as application/json');
  const declared = Number(request.headers['content-length'] ?? NaN);
  if (declared > maxBytes) throw new HttpError(413, 'body_too_large', `body is larger than ${maxBytes} bytes`);

  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new HttpError(413, 'body_too_large', `body is larger than ${maxBytes} bytes`);
    chunks.push(chunk as Buffer);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch (error) {
    throw new HttpError(400, 'invalid_json', `body is not valid JSON: ${(error as Error).message}`);
  }
  const result = schema.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const path = formatIssuePath(issue.path);
    throw new HttpError(400, 'invalid_request', `${path || 'body'}: ${issue.message}`, path);
  }
  return result.data;
}
