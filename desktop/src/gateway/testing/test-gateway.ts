import { request as httpRequest } from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGateway, type GatewayOptions, type RunningGateway } from '../../app/start-gateway';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  json<T = Record<string, unknown>>(): T;
}

/** A real gateway on a free port with its own data directory, an extension token and a UI session. */
export interface TestGateway {
  gateway: RunningGateway;
  dataDir: string;
  extensionToken: string;
  sdkToken: string;
  /** A request through a real socket; `headers` can override anything, Host included. */
  request(method: string, path: string, options?: { body?: unknown; rawBody?: string | Buffer; headers?: Record<string, string>; token?: string | null }): Promise<RawResponse>;
  /** The UI cookie, obtained the way a person gets it: by opening the printed link. */
  uiCookie(): Promise<string>;
  stop(): Promise<void>;
}

export async function startTestGateway(options: { policyYaml?: string; detectPool?: GatewayOptions['detectPool'] } = {}): Promise<TestGateway> {
  const dataDir = await mkdtemp(join(tmpdir(), 'pg-gateway-'));
  let policyFile: string | undefined;
  if (options.policyYaml) {
    policyFile = join(dataDir, 'policy.yaml');
    await writeFile(policyFile, options.policyYaml);
  }
  const errors: unknown[] = [];
  const gateway = await startGateway({
    port: 0,
    dataDir,
    ...(policyFile ? { policyFile } : {}),
    ...(options.detectPool ? { detectPool: options.detectPool } : {}),
    onError: (error) => errors.push(error),
  });
  const extensionToken = gateway.auth.tokens.create('extension', 'test extension');
  const sdkToken = gateway.auth.tokens.create('sdk', 'test sdk');

  const request: TestGateway['request'] = (method, path, opts = {}) =>
    new Promise((resolve, reject) => {
      const payload = opts.rawBody ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body));
      const token = opts.token === undefined ? extensionToken : opts.token;
      const headers: Record<string, string> = {
        ...(payload !== undefined ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...opts.headers,
      };
      const req = httpRequest({ host: '127.0.0.1', port: gateway.port, method, path, headers }, (res) => {
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

  return {
    gateway,
    dataDir,
    extensionToken,
    sdkToken,
    request,
    async uiCookie() {
      const link = new URL(gateway.uiUrl);
      const response = await request('GET', link.pathname + link.search, { token: null });
      const cookie = String(response.headers['set-cookie'] ?? '').split(';')[0]!;
      if (response.status !== 303 || !cookie) throw new Error(`UI link did not set a cookie (${response.status})`);
      return cookie;
    },
    async stop() {
      await gateway.close();
      await rm(dataDir, { recursive: true, force: true });
      if (errors.length > 0) throw new Error(`the gateway reported internal errors: ${errors.map(String).join('; ')}`);
    },
  };
}

export function inspectBody(text: string, overrides: { conversationId?: string; site?: string } = {}) {
  const site = overrides.site ?? 'chatgpt.com';
  return {
    source: { site, url: `https://${site}/c/${overrides.conversationId ?? 'c1'}` },
    conversationId: overrides.conversationId ?? 'c1',
    segments: [{ id: 'prompt', kind: 'prompt', text }],
  };
}
