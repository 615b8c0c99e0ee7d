import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'VIMEO_ACCESS_TOKEN=f81eafc6f794b4bcf45d2308e26ec5f0', secret: 'f81eafc6f794b4bcf45d2308e26ec5f0' },
    { text: '{"vimeo_access_token": "67df56126384a9e38351ba91f71a6946"}', secret: '67df56126384a9e38351ba91f71a6946' },
    { text: 'vimeo_access_token: eea6b285b027bcf923e48a1a5b62123a', secret: 'eea6b285b027bcf923e48a1a5b62123a' },
    { text: 'export VIMEO_ACCESS_TOKEN="3179cb9c1291eb2c1fc6f07d1682c0fb"', secret: '3179cb9c1291eb2c1fc6f07d1682c0fb' },
    { text: 'const vimeoAccessToken = \'e31593452a8dce5b4ddbe89d039ffb24\';', secret: 'e31593452a8dce5b4ddbe89d039ffb24' },
  ],
  negative: [
    'VIMEO_ACCESS_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'VIMEO_ACCESS_TOKEN=${VIMEO_ACCESS_TOKEN}',
    'VIMEO_ACCESS_TOKEN=<your-vimeo-access-token>',
    '"etag": "426aa6c4061977c0e3dfc7fea3416c3f"',
    'VIMEO_ACCESS_TOKEN=426aa6c4061977c0e3dfc7fea3416c3fc3f',
    'VIMEO_ACCESS_TOKEN=426aa6c4061977c0e3dfc7fea3416',
    'sha = "32e8a2845329f2a435139509e9998fae"',
  ],
};
export default fixtures;
