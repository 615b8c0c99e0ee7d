import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'TWITTER_API_SECRET=AVAxGX6tF39hG4oMXh19oTtq2k1uTMPPLRXY4G64UJVHGCLKAB', secret: 'AVAxGX6tF39hG4oMXh19oTtq2k1uTMPPLRXY4G64UJVHGCLKAB' },
    { text: '{"twitter_api_secret": "wBOdjGO9GvbVVOvSJyEdEkXNu25iDWOuf8UkX25H1BxCWoecMn"}', secret: 'wBOdjGO9GvbVVOvSJyEdEkXNu25iDWOuf8UkX25H1BxCWoecMn' },
    { text: 'twitter_api_secret: iyvKumjByIEB4ktRJrVKepLSrW88dK4TH9T2cp8ijXNtQ9A8Wh', secret: 'iyvKumjByIEB4ktRJrVKepLSrW88dK4TH9T2cp8ijXNtQ9A8Wh' },
    { text: 'export TWITTER_API_SECRET="ih6ucLLTAUacdMhElVDm9E3RmSJBLnH87ZxjKBMm1QTMCxaWsA"', secret: 'ih6ucLLTAUacdMhElVDm9E3RmSJBLnH87ZxjKBMm1QTMCxaWsA' },
    { text: 'const twitterApiSecret = \'9EtgBudUGQjYC9RuSONDYcskvM3ut6pj8308YWItSViTZhz0tN\';', secret: '9EtgBudUGQjYC9RuSONDYcskvM3ut6pj8308YWItSViTZhz0tN' },
  ],
  negative: [
    'TWITTER_API_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'TWITTER_API_SECRET=${TWITTER_API_SECRET}',
    'TWITTER_API_SECRET=<your-twitter-api-secret>',
    '"etag": "VijCY24aBNCMhfSEMtvcRYCpGYRqQkW7QS1iayiqIb7zkoRQDH"',
    'TWITTER_API_SECRET=VijCY24aBNCMhfSEMtvcRYCpGYRqQkW7QS1iayiqIb7zkoRQDHQDH',
    'TWITTER_API_SECRET=VijCY24aBNCMhfSEMtvcRYCpGYRqQkW7QS1iayiqIb7zkoR',
    'secret=JxLvgtEAEe57DAYlPRPLPFP0oZ36IaiQbGRVXVKmftHoGpB7Oy',
  ],
};
export default fixtures;
