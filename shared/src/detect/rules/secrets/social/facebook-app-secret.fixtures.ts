import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'FACEBOOK_APP_SECRET=eb5ff5f0b1d3b8667cba1a74b77f41d8', secret: 'eb5ff5f0b1d3b8667cba1a74b77f41d8' },
    { text: '{"facebook_app_secret": "4fecfdaa78bab62c6011e2d55c1f7d24"}', secret: '4fecfdaa78bab62c6011e2d55c1f7d24' },
    { text: 'facebook_app_secret: 0c6c6b9b43e2ca375ef7bd85539fdcee', secret: '0c6c6b9b43e2ca375ef7bd85539fdcee' },
    { text: 'export FACEBOOK_APP_SECRET="66ac8ded4c924c71644a8be1ce600519"', secret: '66ac8ded4c924c71644a8be1ce600519' },
    { text: 'const facebookAppSecret = \'8632ff4cd85ebf8f0cbbe6941a7bea72\';', secret: '8632ff4cd85ebf8f0cbbe6941a7bea72' },
  ],
  negative: [
    'FACEBOOK_APP_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'FACEBOOK_APP_SECRET=${FACEBOOK_APP_SECRET}',
    'FACEBOOK_APP_SECRET=<your-facebook-app-secret>',
    '"etag": "ec19b88ad33b5a137e0a64f28bc52183"',
    'FACEBOOK_APP_SECRET=ec19b88ad33b5a137e0a64f28bc52183183',
    'FACEBOOK_APP_SECRET=ec19b88ad33b5a137e0a64f28bc52',
    'sha = "d077ca2638079db9b256353220934be7"',
  ],
};
export default fixtures;
