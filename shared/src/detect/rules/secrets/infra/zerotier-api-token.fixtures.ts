import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'ZEROTIER_CENTRAL_TOKEN=3iEpfHQmy680CABN1fqrbibFgwF59pkt', secret: '3iEpfHQmy680CABN1fqrbibFgwF59pkt' },
    { text: '{"zerotier_token": "5zGc1A4Sd686k0aJGLvO9HoFfr01xGET", "region": "eu-west-1"}', secret: '5zGc1A4Sd686k0aJGLvO9HoFfr01xGET' },
    { text: '  zerotier_token: LRaDy4LEUQyjwnLMjMF7IPDzgjqUi9SW', secret: 'LRaDy4LEUQyjwnLMjMF7IPDzgjqUi9SW' },
    { text: 'export ZEROTIER_CENTRAL_TOKEN="n0qOfh27ZpaczNLnog2MmrMH9uWZ9dMk"', secret: 'n0qOfh27ZpaczNLnog2MmrMH9uWZ9dMk' },
    { text: 'const zerotierToken = \'rAStTnVRKBb4WTFXIgfGD0872V5epzGY\';', secret: 'rAStTnVRKBb4WTFXIgfGD0872V5epzGY' },
  ],
  negative: [
    'ZEROTIER_CENTRAL_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'ZEROTIER_CENTRAL_TOKEN=<your-zerotier-api-token>',
    'ZEROTIER_CENTRAL_TOKEN=${ZEROTIER_CENTRAL_TOKEN}',
    'ZEROTIER_CENTRAL_TOKEN=NyWQoldpDcq3APSkvIvpq6YDtXMdj',
    'ZEROTIER_CENTRAL_TOKEN=OIZ4sIy7C8b0VIX2rcmAbZNHNOJD4C3W6M5',
    'checksum: Nz6575q2YaNOai6vKPSQ1ImBff3cfSYi',
    'const ref = "SEnbIzVTsJpNRJ455hOxBjpJpMhMtkF5";',
  ],
};
export default fixtures;
