import type { Handler as RouteHandler, RouteEntry } from '@promptgate/shared/http-node';
import type { Access } from '../auth';
import type { RequestContext } from '../context';

export type Handler<Context> = RouteHandler<Context>;

/** One line of the gateway's routing table: `METHOD /path`, who may call it, its handler. */
export type GatewayRoute = RouteEntry<Access, Handler<RequestContext>>;
