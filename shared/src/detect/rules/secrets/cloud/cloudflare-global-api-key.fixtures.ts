import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'cfk_jxTIAo6JMfT8daMo1FynK9WoQhs6yCnyGwG9S4pJ3771e9d7',
    { text: 'CLOUDFLARE_API_KEY=cfk_Y7BKJ3lUwaCOP8S2DOOOhS5eFc2XaSAfcBkoz0qE3c13e717', secret: 'cfk_Y7BKJ3lUwaCOP8S2DOOOhS5eFc2XaSAfcBkoz0qE3c13e717' },
    { text: '{"cf_api_key": "cfk_N4PFNcNm18Ny1ZbxtlMw55nzeksxgRVgI1dkhWIM63aed8e5", "region": "eu-west-1"}', secret: 'cfk_N4PFNcNm18Ny1ZbxtlMw55nzeksxgRVgI1dkhWIM63aed8e5' },
    { text: '  cf_api_key: cfk_OUejA6enas8Hax7gPM0tA28pZ0QEEZ9wWYyLhr3U27515b82', secret: 'cfk_OUejA6enas8Hax7gPM0tA28pZ0QEEZ9wWYyLhr3U27515b82' },
    { text: 'export CLOUDFLARE_API_KEY="cfk_VCsZ9qeGJOsLnIsZPstZImfopxxo5eKGiVwBBrfo29456bad"', secret: 'cfk_VCsZ9qeGJOsLnIsZPstZImfopxxo5eKGiVwBBrfo29456bad' },
    { text: 'const cfApiKey = \'cfk_E4q5UsBZX63sTJLI033SFkUpiA9n3AIrea3Qv0xpf0bc55a9\';', secret: 'cfk_E4q5UsBZX63sTJLI033SFkUpiA9n3AIrea3Qv0xpf0bc55a9' },
  ],
  negative: [
    'CLOUDFLARE_API_KEY=cfk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'CLOUDFLARE_API_KEY=<your-cloudflare-global-api-key>',
    'CLOUDFLARE_API_KEY=${CLOUDFLARE_API_KEY}',
    'cfk_WIjmYNS32MaKxQmJlRvNjzUB91fHrA',
  ],
};
export default fixtures;
