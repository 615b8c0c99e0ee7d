/** An error with the HTTP status and the stable code clients switch on; the message is for people. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Extra machine-readable detail, e.g. every policy error with its path and line. */
    readonly detail?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const unauthorized = (message = 'missing or invalid token') => new HttpError(401, 'unauthorized', message);
export const forbidden = (message: string) => new HttpError(403, 'forbidden', message);
export const notFound = (what: string) => new HttpError(404, 'not_found', `no such ${what}`);
