import { Agent, request } from 'node:http';

export interface LoadResult {
  requests: number;
  seconds: number;
  perSecond: number;
  statuses: Record<number, number>;
}

/**
 * Keeps `concurrency` keep-alive requests in flight against a loopback URL for `seconds`. Bounded in time and
 * aimed only at the address given (the bench starts its own server on 127.0.0.1).
 */
export async function load(
  url: string,
  options: { seconds: number; concurrency: number; headers: Record<string, string>; method?: string; body?: () => string },
): Promise<LoadResult> {
  const target = new URL(url);
  if (target.hostname !== '127.0.0.1') throw new Error('the bench only loads a server on 127.0.0.1');
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  const statuses: Record<number, number> = {};
  let requests = 0;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const one = () =>
    new Promise<void>((resolve, reject) => {
      const payload = options.body?.();
      const req = request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname + target.search,
          method: options.method ?? 'GET',
          headers: { ...options.headers, ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}) },
        },
        (res) => {
          statuses[res.statusCode ?? 0] = (statuses[res.statusCode ?? 0] ?? 0) + 1;
          res.resume();
          res.on('end', resolve);
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (performance.now() < deadline) {
        await one();
        requests++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return { requests, seconds, perSecond: requests / seconds, statuses };
}
