import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '203.0.113.45',
    { text: 'nameserver 8.8.4.4', secret: '8.8.4.4' },
    { text: 'Jan 15 10:30:45 sshd[812]: Failed password for root from 198.51.100.23 port 52114', secret: '198.51.100.23' },
    { text: 'DATABASE_HOST=10.12.0.7:5432', secret: '10.12.0.7' },
    { text: 'allow 172.16.4.0/22;', secret: '172.16.4.0' },
    { text: '{"client_ip":"192.168.1.20"}', secret: '192.168.1.20' },
  ],
  negative: [
    'version 1.2.3.4',
    'v10.0.0.1',
    'OID 1.2.840.113549.1.1.11',
    'listen 127.0.0.1 and 0.0.0.0, broadcast 255.255.255.255',
    'nameserver 127.0.0.53',
    '192.168.01.1 and 300.1.1.1',
    '[assembly: AssemblyVersion("1.0.0.0")]',
    'release 4.2.1.9-beta',
    'as required by section 3.4.1.2 of RFC 5849',
    'STREET_ADDRESS = ObjectIdentifier("2.5.4.9"); see sections `3.1.3.6`_, `3.2.2.10`_',
    "oids.set('2.5.4.3', 'commonName'); oids.set('1.3.101.112', 'Ed25519');",
  ],
};
export default fixtures;
