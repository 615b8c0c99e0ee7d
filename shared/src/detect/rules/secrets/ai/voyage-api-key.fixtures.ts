import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'pa-Bzgm2T93LPp457S_06HsDSrpR3Guq7LdRVUA3OsbY4j',
    { text: 'VOYAGE_API_KEY=pa-dxkx9KL3iBgmyQ9C8clrNOWwNuZvs6_hnkxyEdaGuaa', secret: 'pa-dxkx9KL3iBgmyQ9C8clrNOWwNuZvs6_hnkxyEdaGuaa' },
    { text: '{"voyage_api_key": "pa-3qWwVlxNZ40d--hPRWeqUQoiOtMbpAuKNVBIsUku-me"}', secret: 'pa-3qWwVlxNZ40d--hPRWeqUQoiOtMbpAuKNVBIsUku-me' },
    { text: 'voyage_api_key: pa-5EYxbH9i97tofmtPEYCaDMSXlHnadY_q_ULhUfoydeQ', secret: 'pa-5EYxbH9i97tofmtPEYCaDMSXlHnadY_q_ULhUfoydeQ' },
    { text: 'export VOYAGE_API_KEY="pa-1-53xFpySe5VWjwmk0wT8bdJzfKwqJdHkltBb8bpqnw"', secret: 'pa-1-53xFpySe5VWjwmk0wT8bdJzfKwqJdHkltBb8bpqnw' },
    { text: 'const voyageApiKey = \'pa-QozwnkA0_W81uE1Y8F51gTg55fDileTMINaylizbhq4\';', secret: 'pa-QozwnkA0_W81uE1Y8F51gTg55fDileTMINaylizbhq4' },
  ],
  negative: [
    'VOYAGE_API_KEY=pa-xx-xxxxxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxxx',
    'VOYAGE_API_KEY=${VOYAGE_API_KEY}',
    'VOYAGE_API_KEY=<your-voyage-api-key>',
    'VOYAGE_API_KEY=pa-4A-hk9hALDsnt4W8oNJ0Et_FBmqtaEMPvmNTBP6F2ve2ve',
    'VOYAGE_API_KEY=pa-4A-hk9hALDsnt4W8oNJ0Et_FBmqtaEMPvmNTBP6F',
    'pa-some-long-kebab-case-slug-name-of-a-page-x',
  ],
};
export default fixtures;
