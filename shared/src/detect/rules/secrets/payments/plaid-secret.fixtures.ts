import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'PLAID_SECRET=c692be193125650b9b71ed5e67f031', secret: 'c692be193125650b9b71ed5e67f031' },
    { text: '{"plaid_secret": "bc63e325d372cf175d7736ce5f9040"}', secret: 'bc63e325d372cf175d7736ce5f9040' },
    { text: 'plaid_secret: e317cd05e8d2a2360ecba45c76ce22', secret: 'e317cd05e8d2a2360ecba45c76ce22' },
    { text: 'export PLAID_SECRET="8f14027dd21bc35c03e9d3e1dabfcb"', secret: '8f14027dd21bc35c03e9d3e1dabfcb' },
    { text: 'const plaidSecret = \'dbc0d2f73a82e4985404defe7fc025\';', secret: 'dbc0d2f73a82e4985404defe7fc025' },
  ],
  negative: [
    'PLAID_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'PLAID_SECRET=${PLAID_SECRET}',
    'PLAID_SECRET=<your-plaid-secret>',
    '"etag": "ca887a3a92b59b48bdca957bd061d1"',
    'PLAID_SECRET=ca887a3a92b59b48bdca957bd061d11d1',
    'PLAID_SECRET=ca887a3a92b59b48bdca957bd06',
    'sha = "e1d8849883a3c45ee137c8bdb2c4cc"',
  ],
};
export default fixtures;
