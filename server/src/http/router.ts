import type { Handler as RouteHandler, RouteEntry } from '@promptgate/shared/http-node';
import type { Access, RequestContext } from '../context';

export type Handler<Context> = RouteHandler<Context>;

/** One line of the server's routing table: `METHOD /path`, who may call it, its handler. */
export type ServerRoute = RouteEntry<Access, Handler<RequestContext>>;
