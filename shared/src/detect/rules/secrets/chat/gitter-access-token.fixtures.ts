import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'GITTER_TOKEN=d60e0ab60250c4ce7d41ed979c4fafa2e6b50c28', secret: 'd60e0ab60250c4ce7d41ed979c4fafa2e6b50c28' },
    { text: '{"gitter_token": "bc8584115224e821cfa8b12c4e8fb00d0f7759e5"}', secret: 'bc8584115224e821cfa8b12c4e8fb00d0f7759e5' },
    { text: 'gitter_token: 601707a9e63cee3a85bc09f1eaa5f0432402f5ff', secret: '601707a9e63cee3a85bc09f1eaa5f0432402f5ff' },
    { text: 'export GITTER_TOKEN="ad62e1f4afbc6277d84f18601b117829051ae204"', secret: 'ad62e1f4afbc6277d84f18601b117829051ae204' },
    { text: 'const gitterToken = \'54d2ec7dcaab33105d1f7a0a8390c1ad019015db\';', secret: '54d2ec7dcaab33105d1f7a0a8390c1ad019015db' },
  ],
  negative: [
    'GITTER_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'GITTER_TOKEN=${GITTER_TOKEN}',
    'GITTER_TOKEN=<your-gitter-access-token>',
    '"etag": "68a8df7e70eaed77396085b3c952b617ad4c5642"',
    'GITTER_TOKEN=68a8df7e70eaed77396085b3c952b617ad4c5642642',
    'GITTER_TOKEN=68a8df7e70eaed77396085b3c952b617ad4c5',
    'sha = "59de947773f49059bc15ad66b74288afae2bbf12"',
  ],
};
export default fixtures;
