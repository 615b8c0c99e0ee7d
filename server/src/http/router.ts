import type { IncomingMessage, ServerResponse } from 'node:http';
import { FlatRouter } from '@promptgate/shared';

export type Handler<Context> = (context: Context & { params: Record<string, string>; url: URL; request: IncomingMessage; response: ServerResponse }) => Promise<void> | void;

/** The server's routing table: the shared flat router over server handlers. */
export class Router<Context, Meta> extends FlatRouter<Handler<Context>, Meta> {}
