import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonErrorHandler, noRoute } from './error-handler';
import { sendJson } from './respond';
import { mountRoutes, routeParams, type RouteEntry } from './route-table';

type Echo = string;
let server: Server;
let base: string;

beforeAll(async () => {
  // Declared in an order where first-match-wins would get every lookup below wrong.
  const routes: Array<RouteEntry<string, Echo>> = [
    ['GET /ui/*', 'public', 'ui files'],
    ['GET /api/approvals/:id', 'extension', 'one approval'],
    ['DELETE /api/approvals/:id', 'extension', 'cancel'],
    ['GET /api/approvals/stats', 'ui', 'stats'],
  ];
  const router = express.Router();
  mountRoutes(router, routes, (name, access) => (request, response) => sendJson(response, 200, { name, access, params: routeParams(request) }));
  const app = express();
  app.use(router);
  app.use(noRoute);
  app.use(jsonErrorHandler({ internalMessage: 'see the log' }));
  server = createServer(app).listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise((done) => server.close(done)));

async function call(method: string, path: string) {
  const response = await fetch(`${base}${path}`, { method });
  return { status: response.status, allow: response.headers.get('allow'), body: (await response.json()) as Record<string, unknown> };
}

describe('a routing table mounted on express', () => {
  it('prefers literal segments over params whatever the order of the table', async () => {
    expect((await call('GET', '/api/approvals/stats')).body).toMatchObject({ name: 'stats', access: 'ui' });
    expect((await call('GET', '/api/approvals/a1')).body).toMatchObject({ name: 'one approval', params: { id: 'a1' } });
  });

  it('hands the rest of the path to a wildcard route as `*`, empty at its root', async () => {
    expect((await call('GET', '/ui/views/app.js')).body).toMatchObject({ name: 'ui files', params: { '*': 'views/app.js' } });
    expect((await call('GET', '/ui/')).body).toMatchObject({ params: { '*': '' } });
    expect((await call('GET', '/ui')).body).toMatchObject({ params: { '*': '' } });
  });

  it('answers a known path with another method 405 (saying which are allowed) and an unknown path 404, in the JSON error shape', async () => {
    const wrongMethod = await call('POST', '/api/approvals/a1');
    expect(wrongMethod).toMatchObject({ status: 405, allow: 'GET, DELETE', body: { error: { code: 'method_not_allowed' } } });
    expect(await call('GET', '/api/nothing')).toMatchObject({ status: 404, body: { error: { code: 'not_found', message: 'no route for /api/nothing' } } });
  });

  it('keeps a `%` that starts no escape as written instead of refusing the path', async () => {
    expect((await call('GET', '/api/approvals/resp_%zz')).body).toMatchObject({ params: { id: 'resp_%zz' } });
    expect((await call('GET', '/api/approvals/a%20b')).body).toMatchObject({ params: { id: 'a b' } });
  });

  it('refuses a malformed table at start-up', () => {
    const mount = (route: string) => () => mountRoutes(express.Router(), [[route, 'public', 'x']], () => () => undefined);
    expect(mount('FETCH /x')).toThrow('not a route: "FETCH /x"');
    expect(mount('GET x')).toThrow('not a route');
    expect(() =>
      mountRoutes(
        express.Router(),
        [
          ['GET /x', 'public', 'a'],
          ['GET /x', 'ui', 'b'],
        ],
        () => () => undefined,
      ),
    ).toThrow('route declared twice: "GET /x"');
  });
});
