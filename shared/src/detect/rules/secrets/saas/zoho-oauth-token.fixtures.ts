import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '1000.3fd989e60f210402362d53c9efc6d892.aa68bfcc8c928344b16103485a1c292b',
    { text: 'Authorization: Zoho-oauthtoken 1000.e01e4fc2d031c41885221c25f6aaf76f.dc6c369aad6b68b75b48e99f73f28950', secret: '1000.e01e4fc2d031c41885221c25f6aaf76f.dc6c369aad6b68b75b48e99f73f28950' },
  ],
  negative: ['version 1000.3fd989e6', 'price 1000.00 EUR', '1000.3fd989e60f210402362d53c9efc6d892'],
};
export default fixtures;
