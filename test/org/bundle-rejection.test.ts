import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rm } from 'node:fs/promises';
import { CompactSign, calculateJwkThumbprint, exportJWK, generateKeyPair } from 'jose';
import { startBundleRelay, type BundleRelay } from './bundle-relay';
import { adminCall, type ServerProcess, startServerInTempDir } from './server-process';
import { startTestGateway, type TestGateway } from '../../desktop/src/gateway/testing/test-gateway';
import { enrollThroughUi, orgGatewayOptions, orgStatusOf, pushPolicy, verdictOf } from './org-steps';

const blockPolicy = (keyword: string) => `version: 1
name: acme
custom:
  - id: codename
    kind: keywords
    keywords: ["${keyword}"]
    action: block
`;

/** A bundle is trusted only when it verifies against the pinned key and is not older than what is in force. */
describe('gateway refuses bad bundles and keeps the last good policy', () => {
  let server: ServerProcess;
  let relay: BundleRelay;
  let gw: TestGateway;
  let serverDir: string;
  let adminToken: string;
  let goodBundle: string;
  let olderBundle: string;

  const orgStatus = () => orgStatusOf(gw);
  const verdict = (text: string) => verdictOf(gw, text);

  beforeAll(async () => {
    ({ server, dir: serverDir, adminToken } = await startServerInTempDir());
    relay = await startBundleRelay(server.url);
    gw = await startTestGateway(orgGatewayOptions());
    await enrollThroughUi(gw, relay.url, adminToken, 'carol@example.com');
    await pushPolicy(server.url, adminToken, blockPolicy('Orion'), 'v2');
    await gw.gateway.org.pullPolicy();
    olderBundle = await (await fetch(`${server.url}/v1/policy`, { headers: { authorization: `Bearer ${enrollmentToken(gw)}` } })).text();
    await pushPolicy(server.url, adminToken, blockPolicy('Orion'), 'v3');
    await gw.gateway.org.pullPolicy();
    goodBundle = await (await fetch(`${server.url}/v1/policy`, { headers: { authorization: `Bearer ${enrollmentToken(gw)}` } })).text();
    expect((await orgStatus()).policy.version).toBe(3);
  });

  afterAll(async () => {
    await gw?.stop();
    await relay?.stop();
    await server?.stop();
    await rm(serverDir, { recursive: true, force: true });
  });

  async function expectRejected(bundle: string, code: string) {
    relay.serve = bundle;
    await gw.gateway.org.pullPolicy();
    const status = await orgStatus();
    expect(status.warnings.map((w) => w.code)).toContain(code);
    expect(status.policy.version).toBe(3);
    expect(await verdict('the Orion launch plan')).toBe('block');
    relay.serve = undefined;
    await gw.gateway.org.pullPolicy();
    expect((await orgStatus()).warnings).toEqual([]);
  }

  it('a bundle changed in transit (payload edited, signature kept)', async () => {
    const [header, payload, signature] = goodBundle.split('.') as [string, string, string];
    const edited = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { policy: { custom: unknown[] } };
    edited.policy.custom = [];
    await expectRejected(`${header}.${Buffer.from(JSON.stringify(edited)).toString('base64url')}.${signature}`, 'bad_signature');
  });

  it('a bundle signed by another key, under its own kid or claiming the pinned kid', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    const payload = Buffer.from(goodBundle.split('.')[1]!, 'base64url');
    const ownKid = await calculateJwkThumbprint(await exportJWK(publicKey));
    const pinnedKid = (JSON.parse(Buffer.from(goodBundle.split('.')[0]!, 'base64url').toString()) as { kid: string }).kid;
    for (const [kid, code] of [
      [ownKid, 'unknown_key'],
      [pinnedKid, 'bad_signature'],
    ] as const) {
      const forged = await new CompactSign(payload).setProtectedHeader({ alg: 'ES256', kid, typ: 'promptgate-policy+jws' }).sign(privateKey);
      await expectRejected(forged, code);
    }
  });

  it('an older version, validly signed (a replayed bundle)', async () => {
    await expectRejected(olderBundle, 'older_version');
  });

  it("after a key rotation, the new key is trusted through the old key's endorsement", async () => {
    const rotated = await adminCall<{ kid: string }>(server.url, adminToken, 'POST', '/admin/keys/rotate');
    expect(rotated.status).toBe(200);
    await pushPolicy(server.url, adminToken, blockPolicy('Vega'), 'v4 under the new key');
    await gw.gateway.org.pullPolicy();
    expect(await orgStatus()).toMatchObject({ policy: { version: 4 }, warnings: [] });
    expect(await verdict('Vega numbers')).toBe('block');
    const jwks = (await (await fetch(`${server.url}/.well-known/jwks.json`)).json()) as { keys: Array<{ kid: string }> };
    expect(jwks.keys).toHaveLength(2);
    expect(jwks.keys[0]!.kid).toBe(rotated.body.kid);
  });

  it('offline start: a restarted gateway applies the last good bundle from disk before reaching the server', async () => {
    relay.serve = 'not even a JWS';
    await gw.stop({ keepData: true });
    gw = await startTestGateway(orgGatewayOptions({ dataDir: gw.dataDir }));
    expect(gw.gateway.services.policy.active).toMatchObject({ source: 'org', policy: { version: 4 } });
    expect(await verdict('Vega numbers')).toBe('block');
    relay.serve = undefined;
  });
});

function enrollmentToken(gw: TestGateway): string {
  return gw.gateway.org.enrollment()!.token;
}
