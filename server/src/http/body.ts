import type { IncomingMessage } from 'node:http';
import type { z } from 'zod';
import { AUDIT_LIMITS, formatIssuePath } from '@promptgate/shared';
import { HttpError } from './http-error';

/** Reads at most `maxBytes` of body; refuses (413) as soon as the declared or received size passes it. */
export async function readBody(request: IncomingMessage, maxBytes: number): Promise<string> {
  const declared = Number(request.headers['content-length'] ?? NaN);
  if (declared > maxBytes) throw new HttpError(413, 'body_too_large', `body is larger than ${maxBytes} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new HttpError(413, 'body_too_large', `body is larger than ${maxBytes} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A JSON body validated with `schema`; a violation is a 400 naming the field. */
export async function readJson<T extends z.ZodType>(request: IncomingMessage, schema: T, maxBytes: number): Promise<z.output<T>> {
  const type = request.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type)) throw new HttpError(415, 'unsupported_media_type', 'send the body as application/json');
  const text = await readBody(request, maxBytes);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new HttpError(400, 'invalid_json', `body is not valid JSON: ${(error as Error).message}`);
  }
  return parseWith(schema, parsed);
}

export function parseWith<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const path = formatIssuePath(issue.path);
    throw new HttpError(400, 'invalid_request', `${path || 'body'}: ${issue.message}`, { path });
  }
  return result.data;
}

/** Body size caps: a policy is a document, an audit batch a few hundred events, everything else small. */
export const BODY_LIMITS = {
  policyBytes: 1024 * 1024,
  auditBatchBytes: AUDIT_LIMITS.batchBytes,
  approvalBytes: 4 * 1024 * 1024,
  smallBytes: 64 * 1024,
} as const;
