import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-address';

const request = (forwardedFor: string | undefined) =>
  ({ headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor }, socket: { remoteAddress: '10.0.0.2' } }) as unknown as IncomingMessage;

describe('clientAddress', () => {
  it('is the peer when not behind a proxy, whatever the header says', () => {
    expect(clientAddress(request('203.0.113.9'), false)).toBe('10.0.0.2');
  });

  it('behind a proxy is the address the proxy added last, not one the client made up', () => {
    expect(clientAddress(request('198.51.100.1, 203.0.113.9'), true)).toBe('203.0.113.9');
    expect(clientAddress(request('2001:db8::1'), true)).toBe('2001:db8::1');
  });

  it('falls back to the peer when the header holds no address', () => {
    expect(clientAddress(request(undefined), true)).toBe('10.0.0.2');
    expect(clientAddress(request('203.0.113.9, not-an-address'), true)).toBe('10.0.0.2');
  });
});
