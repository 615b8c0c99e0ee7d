import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'spu-7c3e9a1f5b2d8c4e6a0f3b7d1e9c5a2f',
    { text: '[DEBUG] Using token spu-4b8e2d6f0a9c3e7b1d5f8a2c6e0b4d9f', secret: 'spu-4b8e2d6f0a9c3e7b1d5f8a2c6e0b4d9f' },
    { text: 'SPECTRAL_DSN=https://spu-9a1c5e3f7b2d8c4e6a0f3b7d1e9c5a2f@get.spectralops.io', secret: 'spu-9a1c5e3f7b2d8c4e6a0f3b7d1e9c5a2f' },
  ],
  negative: ['spu-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'spu-7c3e9a1f5b2d8c4e6a0f3b7d1e9c5a2', 'menu-spu-settings'],
};
export default fixtures;
