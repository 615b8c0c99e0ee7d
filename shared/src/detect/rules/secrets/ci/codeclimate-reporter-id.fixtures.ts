import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'env:\n  CC_TEST_REPORTER_ID: 3c9e1f5a7b2d4086e1f3a5c7b9d2e4f60a8c1e3b5d7f9a2c4e6b8d0f1a3c5e7b', secret: '3c9e1f5a7b2d4086e1f3a5c7b9d2e4f60a8c1e3b5d7f9a2c4e6b8d0f1a3c5e7b' },
    { text: 'export CC_TEST_REPORTER_ID=d41e8c7a2f9b3056e4d1c8a7f2b9e3d6c0a5f8e1b4d7c2a9f6e3b0d5c8a1f4e7', secret: 'd41e8c7a2f9b3056e4d1c8a7f2b9e3d6c0a5f8e1b4d7c2a9f6e3b0d5c8a1f4e7' },
  ],
  negative: [
    'CC_TEST_REPORTER_ID: ${{ secrets.CC_TEST_REPORTER_ID }}',
    // A digest, not next to a Code Climate keyword.
    'sha256: d41e8c7a2f9b3056e4d1c8a7f2b9e3d6c0a5f8e1b4d7c2a9f6e3b0d5c8a1f4e7',
  ],
};
export default fixtures;
