import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'TENCENTCLOUD_SECRET_KEY=o7E7ZLSssAQdPIIMFv2V0gme5UFXiE3T', secret: 'o7E7ZLSssAQdPIIMFv2V0gme5UFXiE3T' },
    { text: '{"tencentcloud_secret_key": "cbwR5OLrBL4NppKFcwbZ4Vlxdp5cryd7", "region": "eu-west-1"}', secret: 'cbwR5OLrBL4NppKFcwbZ4Vlxdp5cryd7' },
    { text: '  tencentcloud_secret_key: kyyRHWlbOS1e2VFDg95x2SbJADk1RjHD', secret: 'kyyRHWlbOS1e2VFDg95x2SbJADk1RjHD' },
    { text: 'export TENCENTCLOUD_SECRET_KEY="DL9HE1aT9snJfpEB9I8HFwg5ElD2NrYM"', secret: 'DL9HE1aT9snJfpEB9I8HFwg5ElD2NrYM' },
    { text: 'const tencentcloudSecretKey = \'vxKt5r3r4A7U0yJKlHXl8u8hjJWpwUat\';', secret: 'vxKt5r3r4A7U0yJKlHXl8u8hjJWpwUat' },
  ],
  negative: [
    'TENCENTCLOUD_SECRET_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'TENCENTCLOUD_SECRET_KEY=<your-tencent-cloud-secret-key>',
    'TENCENTCLOUD_SECRET_KEY=${TENCENTCLOUD_SECRET_KEY}',
    'TENCENTCLOUD_SECRET_KEY=HTSuXCs4mw6MUvcv4pAGhBhk2PLjS',
    'TENCENTCLOUD_SECRET_KEY=3waHDYVNi0SWusqWfHg4VuYqzAv1D1Ut7tV',
    'checksum: pGM1Y0IOL4woB4kSlApp5vOQ5yKV3Wiw',
    'const ref = "EmWJ8N64vaSwBGA4umOo9kVvT3ntyuIU";',
  ],
};
export default fixtures;
