import type { IncomingMessage } from 'node:http';
import type { z } from 'zod';
import { formatPath as formatIssuePath } from '../../policy/issue-path';
import { decodedBody } from './content-coding';
import { HttpError } from './http-error';
import { readAllCapped } from './read-all-capped';

const tooLarge = (maxBytes: number) => new HttpError(413, 'body_too_large', `body is larger than ${maxBytes} bytes`);

/**
 * Reads at most `maxBytes` of body. Past the cap (declared, or as it arrives) it is a 413, nothing more is kept,
 * and the rest is read and dropped within bounds, so a client still writing its body reads the answer.
 */
export async function readBodyBytes(request: IncomingMessage, maxBytes: number): Promise<Buffer> {
  // The error handler reads and drops a body refused before it was read.
  if (Number(request.headers['content-length'] ?? 0) > maxBytes) throw tooLarge(maxBytes);
  const raw = await readAllCapped(request, maxBytes, { discardOverflow: true });
  if (raw === undefined) throw tooLarge(maxBytes);
  return raw;
}

/** `readBodyBytes` as UTF-8 text. */
export async function readBody(request: IncomingMessage, maxBytes: number): Promise<string> {
  return (await readBodyBytes(request, maxBytes)).toString('utf8');
}

/**
 * A JSON body of at most `maxBytes`: its bytes (the SDK proxy splices its rewrites into them), their text and the
 * parsed value, all after its content coding is undone (see `decodedBody`). Refusals never quote the body back,
 * since it may hold secrets.
 */
export async function readJsonBody(request: IncomingMessage, maxBytes: number): Promise<{ raw: Buffer; text: string; body: unknown }> {
  const type = request.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type)) throw new HttpError(415, 'unsupported_media_type', 'send the body as application/json');
  const raw = await decodedBody(await readBodyBytes(request, maxBytes), request.headers['content-encoding'], maxBytes);
  const text = raw.toString('utf8');
  try {
    return { raw, text, body: JSON.parse(text) };
  } catch {
    // Not the parser's message: it quotes the body, which may hold a secret.
    throw new HttpError(400, 'invalid_json', 'the body is not valid JSON');
  }
}

/** A JSON body of at most `maxBytes`, validated with `schema`: bad JSON and schema violations are 400s naming the field. */
export async function readJson<T extends z.ZodType>(request: IncomingMessage, schema: T, maxBytes: number): Promise<z.output<T>> {
  return parseWith(schema, (await readJsonBody(request, maxBytes)).body);
}

/** `value` validated with `schema`; a violation is a 400 naming the field. */
export function parseWith<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const path = formatIssuePath(issue.path);
    throw new HttpError(400, 'invalid_request', `${path || 'body'}: ${issue.message}`, path ? { path } : undefined);
  }
  return result.data;
}
