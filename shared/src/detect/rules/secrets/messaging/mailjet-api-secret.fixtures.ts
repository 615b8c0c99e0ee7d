import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'MAILJET_API_SECRET=3bca06ca1f65dbe253ad7c06d7b9363b', secret: '3bca06ca1f65dbe253ad7c06d7b9363b' },
    { text: '{"mailjet_api_secret": "6d240b1c552d3818ba4810e9da46319c"}', secret: '6d240b1c552d3818ba4810e9da46319c' },
    { text: 'mailjet_api_secret: a072a92ef246f9aa342722e18011f34e', secret: 'a072a92ef246f9aa342722e18011f34e' },
    { text: 'export MAILJET_API_SECRET="949344375e080520861e9807e5253b5f"', secret: '949344375e080520861e9807e5253b5f' },
    { text: 'const mailjetApiSecret = \'56060e75b52dde4b0502248b70d9a8b2\';', secret: '56060e75b52dde4b0502248b70d9a8b2' },
  ],
  negative: [
    'MAILJET_API_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'MAILJET_API_SECRET=${MAILJET_API_SECRET}',
    'MAILJET_API_SECRET=<your-mailjet-api-secret>',
    '"etag": "5147c8818d428a49d68240d8aa01c595"',
    'MAILJET_API_SECRET=5147c8818d428a49d68240d8aa01c595595',
    'MAILJET_API_SECRET=5147c8818d428a49d68240d8aa01c',
    'sha = "19dd14a681c56449721de922ab867514"',
  ],
};
export default fixtures;
