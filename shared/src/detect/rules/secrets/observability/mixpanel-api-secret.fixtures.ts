import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'MIXPANEL_API_SECRET=5ddff230b926e345207d9ccdbfb773d1', secret: '5ddff230b926e345207d9ccdbfb773d1' },
    { text: '{"mixpanel_api_secret": "7013723a8dc8b54630a799ff2f5a5000"}', secret: '7013723a8dc8b54630a799ff2f5a5000' },
    { text: 'mixpanel_api_secret: 3d6899193e82eef219f26956079f302d', secret: '3d6899193e82eef219f26956079f302d' },
    { text: 'export MIXPANEL_API_SECRET="22cbbe53b2e5a75251f735214784d170"', secret: '22cbbe53b2e5a75251f735214784d170' },
    { text: 'const mixpanelApiSecret = \'23870f9089993dafcb5cc842d0cc1eb3\';', secret: '23870f9089993dafcb5cc842d0cc1eb3' },
  ],
  negative: [
    'MIXPANEL_API_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'MIXPANEL_API_SECRET=${MIXPANEL_API_SECRET}',
    'MIXPANEL_API_SECRET=<your-mixpanel-api-secret>',
    '"etag": "b26779546a0b699684ab910940bf0314"',
    'MIXPANEL_API_SECRET=b26779546a0b699684ab910940bf0314314',
    'MIXPANEL_API_SECRET=b26779546a0b699684ab910940bf0',
    'sha = "ae374dba110b4d5e32a4d69a6357ea30"',
  ],
};
export default fixtures;
