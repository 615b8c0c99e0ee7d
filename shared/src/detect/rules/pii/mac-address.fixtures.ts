import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '00:1a:2b:3c:4d:5e',
    { text: 'eth0: ether 3c:22:fb:8a:91:07 txqueuelen 1000', secret: '3c:22:fb:8a:91:07' },
    { text: '{"device":"A4:83:E7:1F:0C:9D"}', secret: 'A4:83:E7:1F:0C:9D' },
  ],
  negative: [
    '00:00:00:00:00:00 and ff:ff:ff:ff:ff:ff',
    'at 12:30:45',
    '"mac": "13:10:de:ad:be:ef"',
    "mac: '01:02:03:0a:0b:0c', parsed = hex.parse('01:02:03:04:05:06')",
    'fingerprint ab:cd:ef:01:23:45:67:89',
    'addr 2001:db8::1',
    'MAC address aa:bb:cc:dd:ee:ff, or 00:11:22:33:44:55 in the other example',
  ],
};
export default fixtures;
