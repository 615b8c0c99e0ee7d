import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'ASANA_TOKEN=0/efeb7a521f394f38cf46a9ea3e93c88f', secret: '0/efeb7a521f394f38cf46a9ea3e93c88f' },
    { text: '{"asana_token": "0/1c71106d3da0956adfe3fca7513a6f7b"}', secret: '0/1c71106d3da0956adfe3fca7513a6f7b' },
    { text: 'asana_token: 0/35917d2b184b6295d056d092787ce5f5', secret: '0/35917d2b184b6295d056d092787ce5f5' },
    { text: 'export ASANA_TOKEN="0/93d2ae5859e074e10c70b66c5e79c3d5"', secret: '0/93d2ae5859e074e10c70b66c5e79c3d5' },
    { text: 'const asanaToken = \'0/b0b852d58da1b5ac605a4364a89c2508\';', secret: '0/b0b852d58da1b5ac605a4364a89c2508' },
  ],
  negative: [
    'ASANA_TOKEN=0/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'ASANA_TOKEN=${ASANA_TOKEN}',
    'ASANA_TOKEN=<your-asana-legacy-pat>',
    '"etag": "0/b4b98c4bc6be4b82e34c372317b0e609"',
    'ASANA_TOKEN=0/b4b98c4bc6be4b82e34c372317b0e609609',
    'ASANA_TOKEN=0/b4b98c4bc6be4b82e34c372317b0e',
    'path 0/2f3f68d6b84c972e04679aa6ccbaf5d9',
  ],
};
export default fixtures;
