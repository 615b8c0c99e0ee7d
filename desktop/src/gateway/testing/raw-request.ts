import { request as httpRequest } from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  json<T = Record<string, unknown>>(): T;
}

export interface RawRequestOptions {
  body?: unknown;
  rawBody?: string | Buffer;
  headers?: Record<string, string>;
  /** A bearer token; `null` sends none. */
  token?: string | null;
}

/**
 * One request through a real socket, where `headers` can override anything, Host included (fetch cannot send
 * a forged Host, which the DNS-rebinding tests need).
 */
export function rawRequest(port: number, defaultToken: string, method: string, path: string, options: RawRequestOptions = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const payload = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
    const token = options.token === undefined ? defaultToken : options.token;
    const headers: Record<string, string> = {
      ...(payload !== undefined ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...options.headers,
    };
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json: <T>() => JSON.parse(body) as T });
      });
      res.on('error', reject);
    });
    // A server that refuses an upload early may reset the socket while we still write.
    req.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'ECONNRESET' || error.code === 'EPIPE' ? resolve({ status: 0, headers: {}, body: '', json: () => ({}) as never }) : reject(error),
    );
    if (payload !== undefined) req.end(payload);
    else req.end();
  });
}
