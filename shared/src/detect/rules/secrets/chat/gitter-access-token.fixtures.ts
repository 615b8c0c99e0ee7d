import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'GITTER_TOKEN=fe85b080d3bfd593e5741d34cd5bc52db011ef62', secret: 'fe85b080d3bfd593e5741d34cd5bc52db011ef62' },
    { text: '{"gitter_token": "f2e4f2318d21aebfc9709d7c0a6f3690672592a0"}', secret: 'f2e4f2318d21aebfc9709d7c0a6f3690672592a0' },
    { text: 'gitter_token: bd5c50618d4a3a0f9cee47203a08132aa91753e9', secret: 'bd5c50618d4a3a0f9cee47203a08132aa91753e9' },
    { text: 'export GITTER_TOKEN="c28573fb8cbaafc40420119b702a0930e17b077d"', secret: 'c28573fb8cbaafc40420119b702a0930e17b077d' },
    { text: 'const gitterToken = \'16ede3338aaa6d7f3d2bf71ad71eb4a4013abdf3\';', secret: '16ede3338aaa6d7f3d2bf71ad71eb4a4013abdf3' },
  ],
  negative: [
    'GITTER_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'GITTER_TOKEN=${GITTER_TOKEN}',
    'GITTER_TOKEN=<your-gitter-access-token>',
    '"etag": "e2cc8bbbfdbb2e16afcdcb4c8d86c9ae05ad3bab"',
    'GITTER_TOKEN=e2cc8bbbfdbb2e16afcdcb4c8d86c9ae05ad3babbab',
    'GITTER_TOKEN=e2cc8bbbfdbb2e16afcdcb4c8d86c9ae05ad3',
    'sha = "f6542db256506258a66a8e79cc0fe61988b173fc"',
  ],
};
export default fixtures;
