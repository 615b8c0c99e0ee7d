import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'MIXPANEL_API_SECRET=923f24e0c41efef50fefae0224678c72', secret: '923f24e0c41efef50fefae0224678c72' },
    { text: '{"mixpanel_api_secret": "d9091f20a48617fd79e0f6c64c35a109"}', secret: 'd9091f20a48617fd79e0f6c64c35a109' },
    { text: 'mixpanel_api_secret: 08cc17b3259a2612ce08fab173235f07', secret: '08cc17b3259a2612ce08fab173235f07' },
    { text: 'export MIXPANEL_API_SECRET="d8c348bc3cf5594b40cefcbfdda9bbfa"', secret: 'd8c348bc3cf5594b40cefcbfdda9bbfa' },
    { text: 'const mixpanelApiSecret = \'20b3d40eccf000a661f6cf913d5f520b\';', secret: '20b3d40eccf000a661f6cf913d5f520b' },
  ],
  negative: [
    'MIXPANEL_API_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'MIXPANEL_API_SECRET=${MIXPANEL_API_SECRET}',
    'MIXPANEL_API_SECRET=<your-mixpanel-api-secret>',
    '"etag": "c50418060e051463879d001f6a5b8807"',
    'MIXPANEL_API_SECRET=c50418060e051463879d001f6a5b8807807',
    'MIXPANEL_API_SECRET=c50418060e051463879d001f6a5b8',
    'sha = "5128f86d57075a9c07d477483b164278"',
  ],
};
export default fixtures;
