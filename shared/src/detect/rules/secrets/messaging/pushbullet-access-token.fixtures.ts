import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'PUSHBULLET_TOKEN=o.X0FYIQwgs5NKXiBjSrsUKCS342fUW5QE', secret: 'o.X0FYIQwgs5NKXiBjSrsUKCS342fUW5QE' },
    { text: '{"pushbullet_token": "o.AiKVbV4veMVSjxexcu6DbSrjSyfilVpN"}', secret: 'o.AiKVbV4veMVSjxexcu6DbSrjSyfilVpN' },
    { text: 'pushbullet_token: o.Pg4ft5E1CDbACuZJXGLhLjTbfuHICrK1', secret: 'o.Pg4ft5E1CDbACuZJXGLhLjTbfuHICrK1' },
    { text: 'export PUSHBULLET_TOKEN="o.HDgNFC49zfggk0iyaHmoxARvYR8Pn6LK"', secret: 'o.HDgNFC49zfggk0iyaHmoxARvYR8Pn6LK' },
    { text: 'const pushbulletToken = \'o.oAPeaHMrKaYcDUt4TzywFvAz6QbRbIim\';', secret: 'o.oAPeaHMrKaYcDUt4TzywFvAz6QbRbIim' },
  ],
  negative: [
    'PUSHBULLET_TOKEN=o.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'PUSHBULLET_TOKEN=${PUSHBULLET_TOKEN}',
    'PUSHBULLET_TOKEN=<your-pushbullet-access-token>',
    '"etag": "o.WSMlM5BxFsONftMYUt0YG3hjZiBgWN5A"',
    'PUSHBULLET_TOKEN=o.WSMlM5BxFsONftMYUt0YG3hjZiBgWN5AN5A',
    'PUSHBULLET_TOKEN=o.WSMlM5BxFsONftMYUt0YG3hjZiBgW',
    'token: o.2ORTyTFHLWh5r7PWiKILpqOTiGnjnuZV',
  ],
};
export default fixtures;
