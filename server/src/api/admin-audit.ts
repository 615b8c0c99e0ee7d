import type { ServerResponse } from 'node:http';
import { z } from 'zod';
import type { RequestContext } from '../context';
import { parseWith, HttpError, sendJson } from '@promptgate/shared/http-node';
import { decodeCursor, encodeCursor, pageParams } from '../http/paging';
import type { Handler } from '../http/router';
import type { AuditFilters } from '../audit/types';

const time = z.coerce.number().int().nonnegative().optional();
const filtersSchema = z.strictObject({
  q: z.string().max(500).optional(),
  user: z.string().max(200).optional(),
  deviceId: z.string().max(100).optional(),
  findingType: z.string().max(200).optional(),
  verdict: z.enum(['allow', 'redact', 'warn', 'hold', 'block']).optional(),
  kind: z.enum(['inspect', 'choice', 'approval', 'reply', 'notice']).optional(),
  source: z.string().max(500).optional(),
  since: time,
  until: time,
  limit: z.coerce.number().int().min(1).max(10_000).optional(),
  afterSeq: z.coerce.number().int().nonnegative().optional(),
  cursor: z.string().max(200).optional(),
});

function filtersOf(url: URL): AuditFilters {
  const raw = Object.fromEntries([...url.searchParams.entries()].filter(([, value]) => value !== ''));
  const { cursor: _cursor, ...filters } = parseWith(filtersSchema, raw);
  return filters;
}

/** `GET /admin/audit?q=&user=&deviceId=&findingType=&verdict=&since=&until=&limit=&cursor=`: newest first, one page; `nextCursor` when there is more. */
export const searchAuditHandler: Handler<RequestContext> = async ({ response, services, url }) => {
  const filters = filtersOf(url);
  const { limit, cursor } = pageParams(url);
  const beforeSeq = cursor ? Number(decodeCursor(cursor, 1)[0]) : undefined;
  if (beforeSeq !== undefined && !Number.isSafeInteger(beforeSeq)) throw new HttpError(400, 'invalid_cursor', 'cursor: not a cursor from a previous page of this list');
  const rows = await services.audit.search({ ...filters, limit: limit + 1, ...(beforeSeq !== undefined ? { beforeSeq } : {}) });
  const events = rows.slice(0, limit);
  const more = rows.length > limit && filters.afterSeq === undefined;
  sendJson(response, 200, { events, ...(more ? { nextCursor: encodeCursor([String(events.at(-1)!.seq)]) } : {}) });
};

/**
 * `GET /admin/audit/export`: JSONL, oldest first, streamed a page at a time on either engine: each page is a query
 * of its own from the last page's seq (never one result over the whole table, which PostgreSQL's client would
 * hold in memory whole), read only once the client has taken the last one, so neither the result nor a slow
 * client's backlog sits in memory, and a client that hangs up stops the export.
 */
export const exportAuditHandler: Handler<RequestContext> = async ({ response, services, url }) => {
  const filters = filtersOf(url);
  response.writeHead(200, {
    'content-type': 'application/x-ndjson; charset=utf-8',
    'content-disposition': 'attachment; filename="promptgate-audit.jsonl"',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  let after = filters.afterSeq ?? 0;
  let left = filters.limit ?? Number.MAX_SAFE_INTEGER;
  while (left > 0 && !response.destroyed) {
    const page = await services.audit.search({ ...filters, afterSeq: after, limit: Math.min(EXPORT_PAGE, left) });
    if (page.length === 0) break;
    const drained = response.write(page.map((event) => JSON.stringify(event)).join('\n') + '\n');
    after = page.at(-1)!.seq;
    left -= page.length;
    if (!drained) await writable(response);
  }
  response.end();
};

const EXPORT_PAGE = 500;

/** Resolves when the response can take more, or when its client is gone (the loop then stops). */
function writable(response: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      response.off('drain', done);
      response.off('close', done);
      resolve();
    };
    response.on('drain', done);
    response.on('close', done);
  });
}

/** `GET /admin/audit/stats`: stored events, and what the server had to mask itself (gateway detection misses). */
export const auditStatsHandler: Handler<RequestContext> = async ({ response, services }) => {
  const [events, serverMasked] = await Promise.all([services.audit.count(), services.audit.serverMaskedStats()]);
  sendJson(response, 200, { events, serverMasked });
};

/** `GET /admin/me`: who the token says you are (the UI shows it, the CLI checks it). */
export const meHandler: Handler<RequestContext> = ({ response, principal }) => {
  sendJson(response, 200, { name: principal!.name, roles: [...principal!.roles], via: principal!.via });
};
