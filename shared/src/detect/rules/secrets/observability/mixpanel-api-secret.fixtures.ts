import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'MIXPANEL_API_SECRET=19b410161f2bf8ac2be618e7835ad7da', secret: '19b410161f2bf8ac2be618e7835ad7da' },
    { text: '{"mixpanel_api_secret": "b0811b057bb228f6b399464c07b76141"}', secret: 'b0811b057bb228f6b399464c07b76141' },
    { text: 'mixpanel_api_secret: fc0af6497cd362208ca898d918b840bc', secret: 'fc0af6497cd362208ca898d918b840bc' },
    { text: 'export MIXPANEL_API_SECRET="e2e5192ddff9a033b687365a44b29671"', secret: 'e2e5192ddff9a033b687365a44b29671' },
  ],
  negative: [
    'MIXPANEL_API_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'MIXPANEL_API_SECRET=${MIXPANEL_API_SECRET}',
    'MIXPANEL_API_SECRET=<your-mixpanel-api-secret>',
    '"etag": "c2ea96a988a110114187309ea7413701"',
    'MIXPANEL_API_SECRET=c2ea96a988a110114187309ea7413701701',
    'MIXPANEL_API_SECRET=c2ea96a988a110114187309ea7413',
    'mixpanel.init("7f7abc78e3c2073633903830038c0146")',
  ],
};
export default fixtures;
