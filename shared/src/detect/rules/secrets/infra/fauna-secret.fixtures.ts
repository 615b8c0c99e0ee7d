import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'FAUNA_SECRET=fnApsP1BTUkiCj2jnO0LOHl-i6QunaX4Uocul6md', secret: 'fnApsP1BTUkiCj2jnO0LOHl-i6QunaX4Uocul6md' },
    { text: '{"fauna_secret": "fnAh-hWmB-bG6E2GUugpOmlyHJEo_C5nQHeyj81j", "region": "eu-west-1"}', secret: 'fnAh-hWmB-bG6E2GUugpOmlyHJEo_C5nQHeyj81j' },
    { text: '  fauna_secret: fnAcPoimSZaIfWpHFE7XTij8Xf5DvS5jrUW5U4Xx', secret: 'fnAcPoimSZaIfWpHFE7XTij8Xf5DvS5jrUW5U4Xx' },
    { text: 'export FAUNA_SECRET="fnAjliV3i3GwGscHx3H2qxj-4x5VWkidWUlA9GDC"', secret: 'fnAjliV3i3GwGscHx3H2qxj-4x5VWkidWUlA9GDC' },
    { text: 'const faunaSecret = \'fnAW5OatGYqptcS5KkmOcuZUtJ6hkxnXuBfO7dvo\';', secret: 'fnAW5OatGYqptcS5KkmOcuZUtJ6hkxnXuBfO7dvo' },
  ],
  negative: [
    'FAUNA_SECRET=fnxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'FAUNA_SECRET=<your-fauna-secret>',
    'FAUNA_SECRET=${FAUNA_SECRET}',
    'FAUNA_SECRET=fnA2REby3A1ONIEPvsTSTpmXDQtMbOHPksu7_',
    'FAUNA_SECRET=fnAR_qNMsYWGVWdI3T-rZWl9aUY76HAYhbqSBR1NKrV',
  ],
};
export default fixtures;
