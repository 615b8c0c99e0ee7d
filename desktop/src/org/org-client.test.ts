import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { OrgClient, OrgServerError } from './org-client';

let server: Server | undefined;

/** A stand-in org server that answers every call with `status` and `body`. */
async function answering(status: number, body: unknown): Promise<OrgClient> {
  server = createServer((request, response) => {
    request.resume();
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return new OrgClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, 'device-token');
}

afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

describe('OrgClient reads answers with the device API schemas', () => {
  it('takes a well-formed answer, dropping fields a newer server adds', async () => {
    const client = await answering(200, { approval: { id: 'a1', localId: 'l1', status: 'approved', expiresAt: 5, decidedBy: 'ann', extra: 'new field' } });
    expect(await client.waitApproval('a1', 1, new AbortController().signal)).toEqual({ id: 'a1', localId: 'l1', status: 'approved', expiresAt: 5, decidedBy: 'ann' });
  });

  it('fails a call whose answer is not what the protocol says, instead of passing a half-typed object on', async () => {
    const client = await answering(200, { approval: { id: 'a1', status: 'maybe' } });
    const error = await failure(client.waitApproval('a1', 1, new AbortController().signal));
    expect(error).toBeInstanceOf(OrgServerError);
    expect((error as OrgServerError).code).toBe('bad_reply');
    expect((error as OrgServerError).message).toContain('GET /v1/approvals/:id');
  });

  it('reads an ingest count only when both numbers are there', async () => {
    expect(await (await answering(200, { accepted: 2, duplicates: 1 })).shipEvents([])).toEqual({ accepted: 2, duplicates: 1 });
    await new Promise((resolve) => server?.close(resolve));
    const error = await failure((await answering(200, { accepted: '2' })).shipEvents([]));
    expect((error as OrgServerError).code).toBe('bad_reply');
  });

  it("keeps the server's error code and words, and says HTTP status when an answer has no error envelope", async () => {
    const refused = await failure((await answering(429, { error: { code: 'hold_quota', message: 'too many holds' } })).endorsements());
    expect(refused).toMatchObject({ status: 429, code: 'hold_quota', message: 'too many holds' });
    await new Promise((resolve) => server?.close(resolve));
    const page = await failure((await answering(502, '<html>bad gateway</html>')).endorsements());
    expect(page).toMatchObject({ status: 502, code: 'http_error', message: 'HTTP 502' });
  });
});
