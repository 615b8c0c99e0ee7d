import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JWK } from 'jose';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyBundle } from '../../desktop/src/org/verify-bundle';
import { startTestServer, type TestServer } from '../../server/src/testing/test-server';

const policy = (keyword: string) => `version: 1
name: acme
custom:
  - id: codename
    kind: keywords
    keywords: ["${keyword}"]
    action: block
`;

let test: TestServer | undefined;
let publishDir: string | undefined;
afterEach(async () => {
  await test?.close();
  if (publishDir) await rm(publishDir, { recursive: true, force: true });
  test = publishDir = undefined;
});

describe('--publish-dir', () => {
  it('holds every pushed version, byte for byte what the server serves, and a gateway verifies it with the pinned key', async () => {
    publishDir = await mkdtemp(join(tmpdir(), 'pg-published-'));
    test = await startTestServer({ publishDir });
    const pushed = await test.call<{ version: { version: number } }>('PUT', '/admin/policy?comment=bluebird', {
      token: test.adminToken,
      body: policy('bluebird'),
      type: 'application/yaml',
    });
    expect(pushed.status).toBe(201);
    const version = pushed.body.version.version;

    const served = await (await fetch(`${test.server.url}/v1/policy`, { headers: { authorization: `Bearer ${await test.enroll('ann@example.com')}` } })).text();
    const published = await readFile(join(publishDir, `${version}.jws`), 'utf8');
    expect(published).toBe(served);
    expect(await readFile(join(publishDir, 'current.jws'), 'utf8')).toBe(served);
    expect(await readFile(join(publishDir, `${version - 1}.jws`), 'utf8')).not.toBe(served);
    // Only finished files: the temporary names a writer renames from are gone.
    expect((await readdir(publishDir)).sort()).toEqual(['1.jws', '2.jws', 'current.jws']);

    const { keys } = (await (await fetch(`${test.server.url}/.well-known/jwks.json`)).json()) as { keys: JWK[] };
    const verified = await verifyBundle(published, keys);
    expect(verified.version).toBe(version);
    expect(verified.policy.custom.map((rule) => rule.id)).toEqual(['codename']);
  });

  it('a directory that cannot be written stops the server at start, with the reason', async () => {
    publishDir = await mkdtemp(join(tmpdir(), 'pg-published-'));
    const notADirectory = join(publishDir, 'file');
    await writeFile(notADirectory, 'x');
    await expect(startTestServer({ publishDir: notADirectory })).rejects.toThrow(/EEXIST|ENOTDIR/);
  });
});
