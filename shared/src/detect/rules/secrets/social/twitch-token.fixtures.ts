import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'TWITCH_CLIENT_SECRET=5b0fljtq5kkmynfh3qq1vo6xm9rkr4', secret: '5b0fljtq5kkmynfh3qq1vo6xm9rkr4' },
    { text: '{"twitch_client_secret": "pdrs4vt5tqnz4cfuhl8lw5v78cnm8q"}', secret: 'pdrs4vt5tqnz4cfuhl8lw5v78cnm8q' },
    { text: 'twitch_client_secret: t2bhkdr15awengj4hrqdh0apzquyvb', secret: 't2bhkdr15awengj4hrqdh0apzquyvb' },
    { text: 'export TWITCH_CLIENT_SECRET="obz40l8hmzo55uvaupzx6c2qfqm1nj"', secret: 'obz40l8hmzo55uvaupzx6c2qfqm1nj' },
    { text: 'const twitchClientSecret = \'gd030tr7t6mtut70xp0b72uwbkf2v1\';', secret: 'gd030tr7t6mtut70xp0b72uwbkf2v1' },
  ],
  negative: [
    'TWITCH_CLIENT_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'TWITCH_CLIENT_SECRET=${TWITCH_CLIENT_SECRET}',
    'TWITCH_CLIENT_SECRET=<your-twitch-token>',
    '"etag": "95i2rf1x75penp1g8ews4yapor723h"',
    'TWITCH_CLIENT_SECRET=95i2rf1x75penp1g8ews4yapor723h23h',
    'TWITCH_CLIENT_SECRET=95i2rf1x75penp1g8ews4yapor7',
    'client_secret=axhp60hqpi5247xh2gc290fketq6h6',
  ],
};
export default fixtures;
