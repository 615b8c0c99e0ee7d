import { describe, expect, it } from 'vitest';
import { signS3Request } from './s3-sigv4';

describe('signS3Request', () => {
  it("matches AWS's published example (GET Object, examplebucket)", () => {
    const headers = signS3Request(
      { method: 'GET', url: new URL('https://examplebucket.s3.amazonaws.com/test.txt'), headers: { range: 'bytes=0-9' }, body: '' },
      { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' },
      'us-east-1',
      new Date(Date.UTC(2013, 4, 24)),
    );
    expect(headers.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
    expect(headers['x-amz-content-sha256']).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('signs the session token of temporary credentials', () => {
    const headers = signS3Request(
      { method: 'PUT', url: new URL('https://b.s3.eu-west-1.amazonaws.com/k'), headers: {}, body: 'x' },
      { accessKeyId: 'AKID', secretAccessKey: 'secret', sessionToken: 'token' },
      'eu-west-1',
      new Date(Date.UTC(2026, 0, 1)),
    );
    expect(headers['x-amz-security-token']).toBe('token');
    expect(headers.authorization).toContain('SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-security-token,');
  });
});
