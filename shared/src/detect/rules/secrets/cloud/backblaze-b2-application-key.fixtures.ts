import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'K005Q3DeE89n5qla/hG4lrh2HmPOTNU',
    { text: 'B2_APPLICATION_KEY=K0068Xp1B7EHeFR74SUAZRVK7s/WMyP', secret: 'K0068Xp1B7EHeFR74SUAZRVK7s/WMyP' },
    { text: '{"b2_application_key": "K007cf9+DEQpnUPGwWxZxEanQZZiCyB", "region": "eu-west-1"}', secret: 'K007cf9+DEQpnUPGwWxZxEanQZZiCyB' },
    { text: '  b2_application_key: K005YcjLFUaZsVFgoh5IXMwOPyGYWxA', secret: 'K005YcjLFUaZsVFgoh5IXMwOPyGYWxA' },
    { text: 'export B2_APPLICATION_KEY="K004QY7vw2YlUjhaK3FAA8TXQmJjusw"', secret: 'K004QY7vw2YlUjhaK3FAA8TXQmJjusw' },
    { text: 'const b2ApplicationKey = \'K004YHpCfNhRz97iL1THy7x9xaKu+st\';', secret: 'K004YHpCfNhRz97iL1THy7x9xaKu+st' },
  ],
  negative: [
    'B2_APPLICATION_KEY=K00xxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'B2_APPLICATION_KEY=<your-backblaze-b2-application-key>',
    'B2_APPLICATION_KEY=${B2_APPLICATION_KEY}',
    'B2_APPLICATION_KEY=K0012wG3TbkZ4UgI6wWVlYvzyNZi',
    'B2_APPLICATION_KEY=K006AA6XT1GmHT84z0/ntIzWbvG7HiZUTM',
  ],
};
export default fixtures;
