import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../start';

/** What a browser fetches for the admin UI before anyone signs in. */
describe('admin UI assets', () => {
  let server: RunningServer;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pg-server-ui-assets-'));
    server = await startServer({ port: 0, dataDir: dir });
  });

  afterAll(async () => {
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('lets the hidden attribute win over display rules, so tabs stay hidden until sign-in', async () => {
    const css = await (await fetch(`${server.url}/admin/ui/admin.css`)).text();
    expect(css).toMatch(/\[hidden\]\s*\{\s*display:\s*none\s*!important;?\s*\}/);
    const html = await (await fetch(`${server.url}/admin/ui/`)).text();
    expect(html).toMatch(/<nav id="tabs" hidden>/);
  });

  it('serves the icon the page links and answers /favicon.ico with it', async () => {
    const html = await (await fetch(`${server.url}/admin/ui/`)).text();
    const href = /<link rel="icon" href="([^"]+)" type="image\/svg\+xml"\s*\/?>/.exec(html)?.[1];
    expect(href).toBe('/admin/ui/favicon.svg');
    for (const path of [href!, '/favicon.ico']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe('image/svg+xml');
      expect(await response.text(), path).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    }
  });
});
