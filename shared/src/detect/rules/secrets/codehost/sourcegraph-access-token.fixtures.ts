import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'sgp_f8a89deef121d1537c36cdedff3d8cd03c03930c',
    { text: 'SRC_ACCESS_TOKEN=sgp_ca79036d7c15b76fe5ad539d28c1ef888391260e', secret: 'sgp_ca79036d7c15b76fe5ad539d28c1ef888391260e' },
    { text: '{"sourcegraph_token": "sgp_9355880c19e8224d09b00a62f4e6a2eeeda97254", "region": "eu-west-1"}', secret: 'sgp_9355880c19e8224d09b00a62f4e6a2eeeda97254' },
    { text: '  sourcegraph_token: sgp_03f964e2b9e1e6d9716aa7bb6bd10f01a41f33c2', secret: 'sgp_03f964e2b9e1e6d9716aa7bb6bd10f01a41f33c2' },
    { text: 'export SRC_ACCESS_TOKEN="sgp_3a66f943141b6277_be7939b3dfa794c31b6fd8121d09a1428d439716"', secret: 'sgp_3a66f943141b6277_be7939b3dfa794c31b6fd8121d09a1428d439716' },
    { text: 'const sourcegraphToken = \'sgp_9dae3170e4fa0e40bcc5d1fb88a1ca4e6cd9e6f1\';', secret: 'sgp_9dae3170e4fa0e40bcc5d1fb88a1ca4e6cd9e6f1' },
    { text: 'SRC_ACCESS_TOKEN=sgp_18cE8fc9d64007EA5fcAc2efb086BdfeBde1AD5E', secret: 'sgp_18cE8fc9d64007EA5fcAc2efb086BdfeBde1AD5E' },
  ],
  negative: [
    'SRC_ACCESS_TOKEN=sgp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'SRC_ACCESS_TOKEN=<your-sourcegraph-access-token>',
    'SRC_ACCESS_TOKEN=${SRC_ACCESS_TOKEN}',
    'sgp_0ff36639657e9754b15ea10be061ef',
  ],
};
export default fixtures;
