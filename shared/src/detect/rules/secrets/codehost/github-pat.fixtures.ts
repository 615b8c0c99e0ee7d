import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u',
    { text: 'export GITHUB_TOKEN=ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u', secret: 'ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u' },
    { text: '{"token":"ghp_Qa9Lm3Xv7Rt2Wp5Ky8Nz1Bc4Df6Gh0Js3Ve7"}', secret: 'ghp_Qa9Lm3Xv7Rt2Wp5Ky8Nz1Bc4Df6Gh0Js3Ve7' },
  ],
  negative: [
    'ghp_ is the prefix of classic tokens',
    'GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2uEXTRA',
    'ghp_EXAMPLEtokenEXAMPLEtokenEXAMPLEtoken',
  ],
};
export default fixtures;
