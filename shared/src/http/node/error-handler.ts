import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorRequestHandler, NextFunction, Request, RequestHandler, Response } from 'express';
import { discardRest } from './discard-rest';
import { HttpError } from './http-error';
import { sendError, sendJson } from './respond';

export interface ErrorHandlerOptions {
  /** The service's domain errors as HTTP answers (one table, so every handler reports them the same way). */
  toHttpError?: (error: unknown) => HttpError | undefined;
  /** A refusal's body in another shape for some paths (the SDK proxy answers in each provider's), else undefined. */
  shapeBody?: (path: string, error: HttpError) => unknown;
  /** Reports unexpected errors (never request bodies: they may hold secrets). */
  onError?: (error: unknown, where: string) => void;
  /** What a client is told about an unexpected error: where to look, never what went wrong. */
  internalMessage: string;
}

/**
 * Answers a failure with the documented JSON error, for express's error handler and for the raw paths that
 * skip express (`rawRoutes`). Unknown errors are reported and answered with a bare 500.
 */
export function errorResponder(options: ErrorHandlerOptions): (error: unknown, request: IncomingMessage, response: ServerResponse, path: string) => void {
  if (!options.internalMessage) throw new Error('jsonErrorHandler needs the message for unexpected errors');
  const known = (error: unknown): HttpError | undefined => {
    if (error instanceof HttpError) return error;
    // express's router cannot decode a `%` escape of the path.
    if (error instanceof URIError) return new HttpError(400, 'invalid_request', 'the path has a malformed % escape');
    return options.toHttpError?.(error);
  };
  return (error, request, response, path) => {
    const refusal = known(error);
    if (!refusal) {
      options.onError?.(error, `${request.method} ${path}`);
      sendError(response, new HttpError(500, 'internal_error', options.internalMessage));
      return;
    }
    void answerRefusal(refusal, request, response, path, options.shapeBody);
  };
}

/**
 * The last middleware of an app: every failure becomes the documented JSON error, and nothing a client sends
 * can crash the process.
 */
export function jsonErrorHandler(options: ErrorHandlerOptions): ErrorRequestHandler {
  const respond = errorResponder(options);
  // express knows an error handler by its four parameters.
  return function answerWithJsonError(error: unknown, request: Request, response: Response, _next: NextFunction) {
    respond(error, request, response, request.originalUrl.split('?')[0]!);
  };
}

async function answerRefusal(refusal: HttpError, request: IncomingMessage, response: ServerResponse, path: string, shapeBody: ErrorHandlerOptions['shapeBody']): Promise<void> {
  if (refusal.status === 413 && !response.headersSent) {
    // The answer waits until the refused body is read and dropped (up to a bound); only a body past the bound
    // gets its connection closed under it.
    if (!(await discardRest(request))) {
      response.setHeader('connection', 'close');
      response.once('finish', () => request.destroy());
    }
  }
  const shaped = response.headersSent ? undefined : shapeBody?.(path, refusal);
  if (shaped === undefined) sendError(response, refusal);
  else sendJson(response, refusal.status, shaped);
}

/** After every route: a path no route knows. */
export const noRoute: RequestHandler = function noRoute(request) {
  throw new HttpError(404, 'not_found', `no route for ${request.path}`);
};
