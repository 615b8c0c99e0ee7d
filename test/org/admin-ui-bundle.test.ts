import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rm } from 'node:fs/promises';
import { startServerInTempDir, type ServerProcess } from './server-process';

/** The admin page's script is TypeScript in the sources; the built `promptgate-server` must still serve it whole. */
describe('admin UI script from the built server', () => {
  let server: ServerProcess;
  let dir: string;

  beforeAll(async () => {
    ({ server, dir } = await startServerInTempDir());
  });

  afterAll(async () => {
    await server?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('serves admin.js as one self-contained browser script, sign-in code included', async () => {
    const html = await (await fetch(`${server.url}/admin/ui/`)).text();
    expect(html).toContain('<script type="module" src="/admin/ui/admin.js"></script>');
    const response = await fetch(`${server.url}/admin/ui/admin.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const script = await response.text();
    // The pasted-token sign-in (admin.ts) and the identity provider sign-in (oidc-sign-in.ts) are both in it.
    expect(script).toContain('pg-admin-token');
    expect(script).toContain('pg-oidc-pending');
    // Nothing left for the browser to fetch: a leftover import would point at a file the server does not serve.
    expect(script).not.toMatch(/\bimport\s*[{(*"']/);
  });

  it('does not serve the TypeScript sources or the old separate sign-in script', async () => {
    for (const path of ['/admin/ui/admin.ts', '/admin/ui/oidc-sign-in.ts', '/admin/ui/oidc-sign-in.js']) {
      expect((await fetch(`${server.url}${path}`)).status, path).toBe(404);
    }
  });
});
