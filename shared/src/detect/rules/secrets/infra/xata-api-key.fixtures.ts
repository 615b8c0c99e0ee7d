import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'xau_d91k7PLyViIBiYnY2tpNHMXVF0A2f3jogga8',
    { text: 'XATA_API_KEY=xau_Dl5BjSrIXzIrWPDW0pMzIuoSaoFOQkO7auhx', secret: 'xau_Dl5BjSrIXzIrWPDW0pMzIuoSaoFOQkO7auhx' },
    { text: '{"xata_api_key": "xau_1Ig7E6QMEVkPBNRX1VhJESIjeiMraZXD82mg", "region": "eu-west-1"}', secret: 'xau_1Ig7E6QMEVkPBNRX1VhJESIjeiMraZXD82mg' },
    { text: '  xata_api_key: xau_IUvmn14ImQJWAHenlRt8Qxw97xXM9YKevL8Y', secret: 'xau_IUvmn14ImQJWAHenlRt8Qxw97xXM9YKevL8Y' },
    { text: 'export XATA_API_KEY="xau_L9YBHhcPQ1iKTmXJnr83zddHT5f3pidIVNFX"', secret: 'xau_L9YBHhcPQ1iKTmXJnr83zddHT5f3pidIVNFX' },
    { text: 'const xataApiKey = \'xau_xdhBmzMxq7dyy9rRY7ahQfzk6I8NKbZJZry0\';', secret: 'xau_xdhBmzMxq7dyy9rRY7ahQfzk6I8NKbZJZry0' },
  ],
  negative: [
    'XATA_API_KEY=xau_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'XATA_API_KEY=<your-xata-api-key>',
    'XATA_API_KEY=${XATA_API_KEY}',
    'xau_Wdve0t4AZiKSaPy6rm0U',
  ],
};
export default fixtures;
