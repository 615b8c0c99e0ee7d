import { describe, expect, it } from 'vitest';
import { ipv6Groups, isIpv4 } from './ip';

describe('isIpv4', () => {
  it('accepts dotted quads', () => {
    expect(isIpv4('203.0.113.45')).toBe(true);
    expect(isIpv4('0.0.0.0')).toBe(true);
  });
  it('rejects leading zeros, large octets and other lengths', () => {
    expect(isIpv4('192.168.01.1')).toBe(false);
    expect(isIpv4('256.1.1.1')).toBe(false);
    expect(isIpv4('1.2.3')).toBe(false);
    expect(isIpv4('1.2.3.4.5')).toBe(false);
  });
});

describe('ipv6Groups', () => {
  it('counts written groups of valid addresses', () => {
    expect(ipv6Groups('2001:0db8:0000:0000:0000:ff00:0042:8329')).toBe(8);
    expect(ipv6Groups('2001:db8::1')).toBe(3);
    expect(ipv6Groups('::ffff:192.0.2.128')).toBe(3);
    expect(ipv6Groups('::')).toBe(0);
    expect(ipv6Groups('fe80::')).toBe(1);
  });
  it('rejects two `::`, too many or too few groups, long groups, bad IPv4 tails', () => {
    expect(ipv6Groups('1::2::3')).toBe(-1);
    expect(ipv6Groups('1:2:3:4:5:6:7:8:9')).toBe(-1);
    expect(ipv6Groups('12:30:45')).toBe(-1);
    expect(ipv6Groups('12345::1')).toBe(-1);
    expect(ipv6Groups('::ffff:192.0.2.256')).toBe(-1);
    expect(ipv6Groups('1:2:3:4:5:6:7::8')).toBe(-1);
  });
});
