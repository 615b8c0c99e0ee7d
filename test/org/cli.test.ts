import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { main as serverMain } from '../../server/src/main';
import { main as promptgateMain } from '../../desktop/src/cli/main';
import { startServer, type RunningServer } from '../../server/src/start';
import { inspectBody, startTestGateway, type TestGateway } from '../../desktop/src/gateway/testing/test-gateway';
import { HANG_GUARD } from '../support/hang-guard';
import { holdPolicyYaml, orgGatewayOptions, settledApproval } from './org-steps';

function capture() {
  let out = '';
  let err = '';
  const sink = (append: (s: string) => void) => new Writable({ write: (chunk: Buffer, _encoding, done) => (append(chunk.toString()), done()) });
  return {
    io: { stdin: Readable.from([]), stdout: sink((s) => (out += s)), stderr: sink((s) => (err += s)) },
    out: () => out,
    err: () => err,
  };
}

/** The admin CLI and `promptgate enroll`, run as a person would type them. */
describe('promptgate-server admin CLI and promptgate enroll', () => {
  let server: RunningServer;
  let dir: string;
  let gw: TestGateway | undefined;
  const admin = async (...args: string[]) => {
    const c = capture();
    const code = await serverMain(['admin', ...args, '--server', server.url, '--token', server.firstAdminToken!], c.io);
    return { code, out: c.out(), err: c.err() };
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pg-cli-'));
    server = await startServer({ port: 0, dataDir: join(dir, 'server') });
  });

  afterAll(async () => {
    await gw?.stop();
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('says in one line when the server cannot be reached, or refuses the token, with exit 3', async () => {
    const closed = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const unreachable = capture();
    expect(await serverMain(['admin', 'policy', 'history', '--server', `http://127.0.0.1:${closed}`, '--token', 'pgsa_x'], unreachable.io)).toBe(3);
    expect(unreachable.err()).toBe(`promptgate-server admin: cannot reach http://127.0.0.1:${closed}: connection refused\n`);
    const refused = capture();
    // Not shaped like a quick-start token: a wrong one would be recorded in the audit trail, which the next test expects empty.
    expect(await serverMain(['admin', 'policy', 'history', '--server', server.url, '--token', 'not-a-token'], refused.io)).toBe(3);
    expect(refused.err().trim().split('\n')).toHaveLength(1);
  });

  it('says so when a list is empty, on stderr, leaving stdout empty for scripts', async () => {
    expect(await admin('approvals', 'list')).toEqual({ code: 0, out: '', err: 'no pending approvals\n' });
    expect(await admin('approvals', 'list', '--status', 'approved')).toEqual({ code: 0, out: '', err: 'no approved approvals\n' });
    expect(await admin('audit', 'search')).toEqual({ code: 0, out: '', err: 'no audit events yet\n' });
    expect(await admin('audit', 'search', '--user', 'nobody@example.com')).toEqual({ code: 0, out: '', err: 'no audit events match\n' });
    expect(await admin('audit', 'search', '--jsonl')).toEqual({ code: 0, out: '', err: 'no audit events yet\n' });
  });

  it('pushes a policy file, refusing an invalid one with each error once, and lists the history', async () => {
    const badFile = join(dir, 'bad.yaml');
    await writeFile(badFile, 'version: 1\nname: x\ndefaultAction: maybe\nshout: yes\n');
    const bad = await admin('policy', 'push', badFile);
    expect(bad.code).toBe(2);
    expect(bad.out).toBe('');
    const lines = bad.err.trimEnd().split('\n');
    expect(lines[0]).toBe(`promptgate-server admin: ${badFile} is not a valid policy (2 errors); nothing was published`);
    expect(lines.slice(1)).toEqual([
      `  ${badFile}:3: defaultAction: Invalid option: expected one of "allow"|"redact"|"warn"|"hold"|"block"`,
      `  ${badFile}:4: shout: unknown key: shout`,
    ]);
    expect((await admin('policy', 'history')).out.split('\n').filter(Boolean)).toHaveLength(1);
    await writeFile(join(dir, 'policy.yaml'), holdPolicyYaml('Zephyr'));
    expect(await admin('policy', 'push', join(dir, 'policy.yaml'), '--comment', 'hold Zephyr')).toMatchObject({ code: 0, out: 'published version 2\n' });
    const history = await admin('policy', 'history');
    expect(history.out.split('\n')[0]).toMatch(/^2\t.*\tquick-start admin\thold Zephyr$/);
    expect((await admin('policy', 'diff', '1', '2')).out).toContain('+ name: acme org policy');
  });

  it('enrolls with a code from the CLI, and a gateway started on that data directory enforces the org policy', async () => {
    const issued = await admin('enroll-code', '--user', 'ivy@example.com', '--group', 'eng');
    const code = issued.out.trim();
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(issued.err).toMatch(new RegExp(`: promptgate enroll --server ${server.url} --code ${code} --fingerprint SHA256:[\\w-]{43}\n`));
    const gatewayDir = join(dir, 'gateway');
    const c = capture();
    expect(await promptgateMain(['enroll', '--server', server.url, '--code', code, '--data-dir', gatewayDir], c.io)).toBe(0);
    expect(c.out()).toContain('enrolled with');
    expect(c.out()).toContain('org policy version 2 fetched and verified');
    const again = capture();
    expect(await promptgateMain(['enroll', '--server', server.url, '--code', code, '--data-dir', gatewayDir], again.io)).toBe(3);
    expect(again.err()).toContain('unknown, already used or expired');

    gw = await startTestGateway(orgGatewayOptions({ dataDir: gatewayDir }));
    expect(gw.gateway.services.policy.active).toMatchObject({ source: 'org', policy: { version: 2 } });
    const held = await gw.call<{ verdict: string; approvalId: string }>('POST', '/api/inspect', { body: inspectBody('Zephyr roadmap') });
    expect(held.body.verdict).toBe('hold');

    const listed = await vi.waitFor(async () => {
      const list = await admin('approvals', 'list');
      expect(list.out, 'the hold in the org queue').toContain('ivy@example.com');
      return list.out;
    }, HANG_GUARD);
    const id = listed.split('\t')[0]!;
    expect((await admin('approvals', 'approve', id)).code).toBe(2);
    expect(await admin('approvals', 'approve', id, '--reason', 'roadmap is public')).toMatchObject({ code: 0, out: `${id} approved\n` });
    expect(await settledApproval(gw, held.body.approvalId)).toMatchObject({ status: 'approved' });

    await gw.gateway.org.flushAudit();
    const audit = await vi.waitFor(async () => {
      const found = await admin('audit', 'search', '--user', 'ivy@example.com');
      expect(found.out.split('\n').filter(Boolean).length, 'audit events').toBeGreaterThanOrEqual(2);
      return found.out;
    }, HANG_GUARD);
    expect(audit).toContain('\thold\t');
    const jsonl = await admin('audit', 'search', '--jsonl');
    // The refused second use of the code is in the trail too, recorded by the server itself.
    const lines = jsonl.out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { user: string });
    expect(lines.map((e) => e.user)).toEqual(['(server)', 'ivy@example.com', 'ivy@example.com']);
    expect(lines[0]).toMatchObject({ deviceId: 'server', detail: { event: 'auth_failure', kind: 'enrollment-code' } });
  });

  it('keys rotate --compromised revokes the active key: it leaves the published keys and new codes show the new fingerprint', async () => {
    const kids = async () => ((await (await fetch(`${server.url}/.well-known/jwks.json`)).json()) as { keys: Array<{ kid: string }> }).keys.map((key) => key.kid);
    const [stolen] = await kids();
    const rotated = await admin('keys', 'rotate', '--compromised');
    expect(rotated).toMatchObject({ code: 0, out: expect.stringMatching(/^new signing key [\w-]{43}; version \d+ re-signed\n$/) as string });
    expect(rotated.err).toContain('the old key is revoked: gateways refuse anything it signs');
    expect(await kids()).not.toContain(stolen);
    const issued = await admin('enroll-code', '--user', 'jon@example.com');
    expect(issued.err).toContain(`--fingerprint SHA256:${(await kids())[0]}`);
  });

  // Last: it revokes the token the tests above use.
  it('replaces a lost quick-start admin token from the data directory; the running server takes the new one at once', async () => {
    const c = capture();
    expect(await serverMain(['reset-admin-token', '--data-dir', join(dir, 'server')], c.io)).toBe(0);
    const fresh = c.out().trim();
    expect(fresh).toMatch(/^pgsa_/);
    expect(c.err()).toContain('shown once');
    const asAdmin = async (token: string) => {
      const run = capture();
      return serverMain(['admin', 'policy', 'history', '--server', server.url, '--token', token], run.io);
    };
    expect(await asAdmin(fresh)).toBe(0);
    expect(await asAdmin(server.firstAdminToken!)).not.toBe(0);
  });
});
