import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { S3BundlePublisher, s3CredentialsFromEnv } from './s3-publisher';
import { signS3Request } from './s3-sigv4';
import { startTestServer } from '../testing/test-server';

const credentials = { accessKeyId: 'AKIDTEST', secretAccessKey: 'test-secret' };
const servers: Array<{ close(): void }> = [];
afterEach(() => servers.splice(0).forEach((server) => server.close()));

interface Put {
  path: string;
  body: string;
  contentType: string | undefined;
  cacheControl: string | undefined;
  signatureValid: boolean;
}

/** A bucket on loopback that stores PUTs and checks each one's signature the way S3 does: by signing it again. */
async function fakeBucket(status = 200): Promise<{ endpoint: string; puts: Put[] }> {
  const puts: Put[] = [];
  const server = createServer((request: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString();
      const url = new URL(request.url!, `http://${request.headers.host}`);
      const signedAt = request.headers['x-amz-date'] as string;
      const at = new Date(`${signedAt.slice(0, 4)}-${signedAt.slice(4, 6)}-${signedAt.slice(6, 8)}T${signedAt.slice(9, 11)}:${signedAt.slice(11, 13)}:${signedAt.slice(13, 15)}Z`);
      const expected = signS3Request(
        { method: request.method!, url, headers: { 'content-type': request.headers['content-type']!, 'cache-control': request.headers['cache-control']! }, body },
        credentials,
        'eu-central-1',
        at,
      );
      puts.push({
        path: url.pathname,
        body,
        contentType: request.headers['content-type'],
        cacheControl: request.headers['cache-control'],
        signatureValid: expected.authorization === request.headers.authorization,
      });
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return { endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, puts };
}

const bundle = { version: 7, kid: 'k1', jws: 'header.payload.signature', etag: '"e"' };

describe('S3BundlePublisher', () => {
  it('puts the version and then current.jws under the prefix, signed, with cache headers', async () => {
    const bucket = await fakeBucket();
    const publisher = new S3BundlePublisher({ target: 's3://policy-bucket/org/acme', endpoint: bucket.endpoint, region: 'eu-central-1', credentials });
    await publisher.publish(bundle);
    expect(bucket.puts).toEqual([
      { path: '/policy-bucket/org/acme/7.jws', body: bundle.jws, contentType: 'application/jose', cacheControl: 'public, max-age=31536000, immutable', signatureValid: true },
      { path: '/policy-bucket/org/acme/current.jws', body: bundle.jws, contentType: 'application/jose', cacheControl: 'public, max-age=30', signatureValid: true },
    ]);
  });

  it('says when the bucket refuses', async () => {
    const bucket = await fakeBucket(403);
    const publisher = new S3BundlePublisher({ target: 's3://policy-bucket', endpoint: bucket.endpoint, region: 'eu-central-1', credentials });
    await expect(publisher.publish(bundle)).rejects.toThrow('the bucket refused 7.jws: HTTP 403');
  });

  it('uses virtual-hosted URLs on AWS, and refuses a target that is not a bucket', () => {
    expect(new S3BundlePublisher({ target: 's3://acme-policy/', region: 'eu-west-1', credentials }).urlOf('current.jws').href).toBe(
      'https://acme-policy.s3.eu-west-1.amazonaws.com/current.jws',
    );
    expect(() => new S3BundlePublisher({ target: 'https://acme-policy', credentials })).toThrow('not an S3 target');
    expect(() => s3CredentialsFromEnv({})).toThrow('AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY');
  });
});

describe('a server publishing to a bucket', () => {
  it('puts the current bundle at start and each pushed version after, byte for byte what gateways are served', async () => {
    const bucket = await fakeBucket();
    const t = await startTestServer({ publishS3: { target: 's3://policy-bucket', endpoint: bucket.endpoint, region: 'eu-central-1', credentials } });
    try {
      expect(bucket.puts.map((put) => put.path)).toEqual(['/policy-bucket/1.jws', '/policy-bucket/current.jws']);
      const pushed = await t.call('PUT', '/admin/policy', { token: t.adminToken!, body: 'version: 1\nname: pushed\n', type: 'application/yaml' });
      expect(pushed.status).toBe(201);
      await expect.poll(() => bucket.puts.map((put) => put.path)).toContain('/policy-bucket/2.jws');
      await expect.poll(() => bucket.puts.at(-1)?.path).toBe('/policy-bucket/current.jws');
      const token = await t.enroll('ann@example.com');
      const served = await (await fetch(`${t.server.url}/v1/policy`, { headers: { authorization: `Bearer ${token}` } })).text();
      expect(bucket.puts.at(-1)?.body).toBe(served);
      expect(bucket.puts.every((put) => put.signatureValid)).toBe(true);
    } finally {
      await t.close();
    }
  });
});
