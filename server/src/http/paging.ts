import { z } from 'zod';
import { HttpError, parseWith } from '@promptgate/shared/http-node';

/** Admin lists answer at most this many rows per page unless `limit` asks for fewer or more (up to the max). */
export const PAGE_DEFAULT = 50;
export const PAGE_MAX = 1000;

const limitSchema = z.coerce.number().int().min(1).max(PAGE_MAX).default(PAGE_DEFAULT);

/** `?limit=&cursor=` of an admin list; the cursor is opaque to clients (the previous page's `nextCursor`). */
export function pageParams(url: URL): { limit: number; cursor?: string } {
  const limit = parseWith(limitSchema, url.searchParams.get('limit') || undefined);
  const cursor = url.searchParams.get('cursor') || undefined;
  return { limit, ...(cursor ? { cursor } : {}) };
}

export function encodeCursor(parts: readonly string[]): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

/** The parts of a cursor this server made; anything else is a 400, never a silently different page. */
export function decodeCursor(cursor: string, count: number): string[] {
  try {
    const parts: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parts) && parts.length === count && parts.every((p) => typeof p === 'string')) return parts;
  } catch {
    // reported below
  }
  throw new HttpError(400, 'invalid_cursor', 'cursor: not a cursor from a previous page of this list');
}
