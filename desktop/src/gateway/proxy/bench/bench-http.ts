import { Agent, request } from 'node:http';

/** Where one system under test takes a chat completion: its port, path and headers. */
export interface Target {
  name: string;
  port: number;
  path: string;
  headers: Record<string, string>;
}

// Keep-alive, as SDKs call: a connection per system, reused for every request.
const agent = new Agent({ keepAlive: true, maxSockets: 4 });

export interface Timing {
  /** Request start to the reply's last byte, ms. */
  total: number;
  /** Request start to the reply's first body byte, ms. */
  ttfb: number;
}

/** One POST of `body`; rejects on any status but 200, so a refusal never passes for a fast answer. */
export function post(target: Target, body: string): Promise<Timing> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let ttfb = 0;
    const req = request(
      {
        host: '127.0.0.1',
        port: target.port,
        path: target.path,
        method: 'POST',
        agent,
        headers: { ...target.headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => {
          if (chunks.length === 0) ttfb = performance.now() - started;
          chunks.push(chunk);
        });
        res.on('end', () => {
          if (res.statusCode === 200) resolve({ total: performance.now() - started, ttfb });
          else reject(new Error(`${target.name}: status ${res.statusCode}: ${Buffer.concat(chunks).toString('utf8').slice(0, 300)}`));
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** A GET's body as text (the fake upstream's last request). */
export function getText(port: number, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    });
    req.on('error', reject);
    req.end();
  });
}

export function closeConnections(): void {
  agent.destroy();
}
