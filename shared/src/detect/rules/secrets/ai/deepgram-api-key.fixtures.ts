import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'DEEPGRAM_API_KEY=f7253aa1b6cf65db9254ef794d51b77c302606c0', secret: 'f7253aa1b6cf65db9254ef794d51b77c302606c0' },
    { text: '{"deepgram_api_key": "48131c21a603f53507081d758528e4908fd7ce99"}', secret: '48131c21a603f53507081d758528e4908fd7ce99' },
    { text: 'deepgram_api_key: b76929cdecb3a8f20aae262b2aaeb0e2ebdd43d9', secret: 'b76929cdecb3a8f20aae262b2aaeb0e2ebdd43d9' },
    { text: 'export DEEPGRAM_API_KEY="432cd7b09ce6f6bbd34e616caa1602cfbceac4df"', secret: '432cd7b09ce6f6bbd34e616caa1602cfbceac4df' },
    { text: 'const deepgramApiKey = \'166613eb9bebc5e17d2738747268bcdceb0f1186\';', secret: '166613eb9bebc5e17d2738747268bcdceb0f1186' },
  ],
  negative: [
    'DEEPGRAM_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'DEEPGRAM_API_KEY=${DEEPGRAM_API_KEY}',
    'DEEPGRAM_API_KEY=<your-deepgram-api-key>',
    '"etag": "3a15f93e9b89cb39fb95db4e82bc5997b54a3024"',
    'DEEPGRAM_API_KEY=3a15f93e9b89cb39fb95db4e82bc5997b54a3024024',
    'DEEPGRAM_API_KEY=3a15f93e9b89cb39fb95db4e82bc5997b54a3',
    'sha = "f73207f91008bfdaf87321754b0627f0fb3c6fd0"',
  ],
};
export default fixtures;
