import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'A3-Q948A4-SBRGS6-41UKH-A640J-19B99-X7T5S',
    { text: 'OP_SECRET_KEY=A3-9SVRAR-YNYHS6-D2TPF-SKZ7M-AOQF0-GAYRL', secret: 'A3-9SVRAR-YNYHS6-D2TPF-SKZ7M-AOQF0-GAYRL' },
    { text: '{"secret_key": "A3-HVW3IZ-6VIG2X-LYTL5-C4FHD-NU4E4-T3HZE", "region": "eu-west-1"}', secret: 'A3-HVW3IZ-6VIG2X-LYTL5-C4FHD-NU4E4-T3HZE' },
    { text: '  secret_key: A3-PCJ92O-46X8EE-C1C61-KUO5H-R0311-DOGXX', secret: 'A3-PCJ92O-46X8EE-C1C61-KUO5H-R0311-DOGXX' },
    { text: 'export OP_SECRET_KEY="A3-P5L9BH-FHIRDI-KL6LK-NXBBD-Q36RR-TKHZ4"', secret: 'A3-P5L9BH-FHIRDI-KL6LK-NXBBD-Q36RR-TKHZ4' },
    { text: 'const secretKey = \'A3-TDWX2L-HNZGIK-J5JER-I6B42-1VHRM-RAM39\';', secret: 'A3-TDWX2L-HNZGIK-J5JER-I6B42-1VHRM-RAM39' },
    { text: 'Secret Key: A3-RSZVWU-KLEUWXIL12X-SH5D7-4IU24-WXN63', secret: 'A3-RSZVWU-KLEUWXIL12X-SH5D7-4IU24-WXN63' },
  ],
  negative: [
    'OP_SECRET_KEY=A3-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'OP_SECRET_KEY=<your-onepassword-secret-key>',
    'OP_SECRET_KEY=${OP_SECRET_KEY}',
    'OP_SECRET_KEY=A3-D1R8GA-MKI1ZG-9IUK6-J3JSX-GTYVU-QF',
    'OP_SECRET_KEY=A3-YDP0J9-WYU5PB-MJTMP-4Y3PK-LPAAR-33XY0yVl',
  ],
};
export default fixtures;
