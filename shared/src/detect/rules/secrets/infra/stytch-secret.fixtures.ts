import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'secret-live-12m-mtS3-LrdexTteKLkyf_W2cMFVxrdWeZv',
    { text: 'STYTCH_SECRET=secret-live-aIYASUjlVNMnzctWMRLE1hf7KvJlC37JX6MW', secret: 'secret-live-aIYASUjlVNMnzctWMRLE1hf7KvJlC37JX6MW' },
    { text: '{"stytch_secret": "secret-live-_eRNX1JkT-FTmbUbQYJ1i6BemCrpWDEdOUaV", "region": "eu-west-1"}', secret: 'secret-live-_eRNX1JkT-FTmbUbQYJ1i6BemCrpWDEdOUaV' },
    { text: '  stytch_secret: secret-live-RCgskRwiGEArUfI7LCgtuQEGMRHnY4mrDPl5', secret: 'secret-live-RCgskRwiGEArUfI7LCgtuQEGMRHnY4mrDPl5' },
    { text: 'export STYTCH_SECRET="secret-live-SnnscG50MkVSfCP2laRRYNJMnTsCgUvSEVP3"', secret: 'secret-live-SnnscG50MkVSfCP2laRRYNJMnTsCgUvSEVP3' },
    { text: 'const stytchSecret = \'secret-live-GQSeOfrXEVc3f4WgUh8lsmMY7aSN3dV6S0_f\';', secret: 'secret-live-GQSeOfrXEVc3f4WgUh8lsmMY7aSN3dV6S0_f' },
  ],
  negative: [
    'STYTCH_SECRET=secret-live-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'STYTCH_SECRET=<your-stytch-secret>',
    'STYTCH_SECRET=${STYTCH_SECRET}',
    'secret-test-fixtures-loader-module-name',
    'secret-live-iF8V8FFJO48z',
  ],
};
export default fixtures;
