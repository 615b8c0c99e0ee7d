import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '2001:db8:85a3::8a2e:370:7334',
    '2001:0db8:0000:0000:0000:ff00:0042:8329',
    { text: 'inet6 fe80::1ff:fe23:4567:890a%eth0 prefixlen 64', secret: 'fe80::1ff:fe23:4567:890a%eth0' },
    { text: 'client=::ffff:192.0.2.128 status=403', secret: '::ffff:192.0.2.128' },
    { text: 'curl https://[2001:db8:4006:812::200e]:443/health', secret: '2001:db8:4006:812::200e' },
  ],
  negative: [
    'std::string name; std::vector<int> v;',
    'Foo::Bar::baz() and a::b and dead::beef',
    'at 12:30:45 and 2024-01-15 10:30:45.123',
    'ether 00:1a:2b:3c:4d:5e',
    'listen [::1]:8080 and [::]:80',
    'use std::io::Result; let x = u8::MAX;',
    'SHA256 ab:cd:ef:01:23:45:67:89:ab:cd:ef:01:23:45:67:89',
  ],
};
export default fixtures;
