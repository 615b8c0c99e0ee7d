import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'MAILJET_API_SECRET=0027530296f06a0fc678f74c020a0d8c', secret: '0027530296f06a0fc678f74c020a0d8c' },
    { text: '{"mailjet_api_secret": "ece670d886dd21689f8e99e0b1da2a5d"}', secret: 'ece670d886dd21689f8e99e0b1da2a5d' },
    { text: 'mailjet_api_secret: f9abb8381e0e96c260f94fc23a901094', secret: 'f9abb8381e0e96c260f94fc23a901094' },
    { text: 'export MAILJET_API_SECRET="65bb59d26e612e6146ab0dcf28b4ef37"', secret: '65bb59d26e612e6146ab0dcf28b4ef37' },
    { text: 'const mailjetApiSecret = \'6386a849ca4e45ccb784ce1455c8c0ca\';', secret: '6386a849ca4e45ccb784ce1455c8c0ca' },
  ],
  negative: [
    'MAILJET_API_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'MAILJET_API_SECRET=${MAILJET_API_SECRET}',
    'MAILJET_API_SECRET=<your-mailjet-api-secret>',
    '"etag": "90ae15b68192bf8db8ab0b52d340238c"',
    'MAILJET_API_SECRET=90ae15b68192bf8db8ab0b52d340238c38c',
    'MAILJET_API_SECRET=90ae15b68192bf8db8ab0b52d3402',
    'sha = "014bbadc6ed849718795b70d0dde2193"',
  ],
};
export default fixtures;
